package org.rlambda.engine;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.Symbol;

/**
 * JSR-223 engine over one {@link REngine} session. Scripts run in the R global environment, whose
 * variables are the ENGINE_SCOPE bindings; output goes to the context's writers; an uncaught R
 * error becomes a {@link ScriptException} carrying GNU R's "Error in ..." text.
 */
public final class RScriptEngine extends AbstractScriptEngine implements Invocable {
    private final ScriptEngineFactory factory;
    private REngine engine;

    RScriptEngine(ScriptEngineFactory factory) {
        this.factory = factory;
        SimpleScriptContext ctx = new SimpleScriptContext();
        ctx.setBindings(new RBindings(this), ScriptContext.ENGINE_SCOPE);
        setContext(ctx);
    }

    /** The session, started on first use (starting it loads the bundled library). */
    synchronized REngine rEngine() {
        if (engine == null) engine = new REngine(System.out, System.err);
        return engine;
    }

    @Override public Bindings createBindings() { return new RBindings(this); }

    @Override public ScriptEngineFactory getFactory() { return factory; }

    @Override public Object eval(Reader reader, ScriptContext ctx) throws ScriptException {
        StringWriter w = new StringWriter();
        try {
            reader.transferTo(w);
        } catch (IOException e) {
            throw new ScriptException(e);
        }
        return eval(w.toString(), ctx);
    }

    @Override public Object eval(String script, ScriptContext ctx) throws ScriptException {
        Bindings foreign = foreignBindings(ctx);
        return withStreams(ctx, () -> {
            if (foreign != null) {
                for (Map.Entry<String, Object> e : foreign.entrySet()) rEngine().put(e.getKey(), JavaValues.toR(e.getValue()));
            }
            Object result = JavaValues.toJava(rEngine().eval(script));
            if (foreign != null) {
                for (String name : rEngine().globalNames()) foreign.put(name, JavaValues.toJava(rEngine().getGlobal(name)));
            }
            return result;
        });
    }

    /** ENGINE_SCOPE bindings that are not a view of this session: copied in before and back after a script. */
    private Bindings foreignBindings(ScriptContext ctx) {
        Bindings b = ctx.getBindings(ScriptContext.ENGINE_SCOPE);
        return b instanceof RBindings ? null : b;
    }

    private interface RAction {
        Object run();
    }

    /** Runs an action with R's output sent to the context's writers; R errors become ScriptExceptions. */
    private Object withStreams(ScriptContext ctx, RAction action) throws ScriptException {
        REngine r = rEngine();
        PrintStream out = printStream(ctx.getWriter());
        PrintStream err = printStream(ctx.getErrorWriter());
        r.setStreams(out, err);
        try {
            return action.run();
        } catch (RException e) {
            ScriptException se = new ScriptException(e.formatted());
            se.initCause(e);
            throw se;
        } finally {
            r.flushWarnings();
            out.flush();
            err.flush();
            r.setStreams(System.out, System.err);
        }
    }

    private static PrintStream printStream(Writer w) {
        if (w == null) w = Writer.nullWriter();
        return new PrintStream(new WriterOutputStream(w), true, StandardCharsets.UTF_8);
    }

    @Override public Object invokeFunction(String name, Object... args) throws ScriptException, NoSuchMethodException {
        if (name == null) throw new NullPointerException("name");
        SEXP f = rEngine().get(name);
        if (f == null || !f.type().isFunctionType()) throw new NoSuchMethodException(name);
        return callR(Symbol.get(name), args);
    }

    @Override public Object invokeMethod(Object thiz, String name, Object... args) throws ScriptException, NoSuchMethodException {
        if (thiz == null) throw new IllegalArgumentException("thiz is null");
        if (name == null) throw new NullPointerException("name");
        SEXP self = JavaValues.toR(thiz);
        SEXP f = null;
        if (self instanceof ListVector) f = ((ListVector) self).get(name);
        else if (self instanceof Environment) f = ((Environment) self).getLocal(Symbol.get(name));
        if (f == null || !f.type().isFunctionType()) throw new NoSuchMethodException(name);
        return callR(f, args);
    }

    private Object callR(SEXP function, Object[] args) throws ScriptException {
        List<SEXP> rArgs = new ArrayList<>();
        if (args != null) for (Object a : args) rArgs.add(JavaValues.toR(a));
        return withStreams(context, () -> JavaValues.toJava(rEngine().call(function, rArgs, null)));
    }

    @Override public <T> T getInterface(Class<T> clasz) { return proxy(null, clasz); }

    @Override public <T> T getInterface(Object thiz, Class<T> clasz) {
        if (thiz == null) throw new IllegalArgumentException("thiz is null");
        return proxy(thiz, clasz);
    }

    /** An implementation of {@code clasz} whose methods call the R functions of the same names. */
    private <T> T proxy(Object thiz, Class<T> clasz) {
        if (clasz == null || !clasz.isInterface()) throw new IllegalArgumentException("not an interface: " + clasz);
        for (Method m : clasz.getMethods()) {
            SEXP f = thiz == null ? rEngine().get(m.getName()) : null;
            if (thiz == null && (f == null || !f.type().isFunctionType())) return null;
        }
        Object p = Proxy.newProxyInstance(clasz.getClassLoader(), new Class<?>[] {clasz}, (self, m, a) -> {
            if (m.getDeclaringClass() == Object.class) {
                switch (m.getName()) {
                    case "equals": return self == a[0];
                    case "hashCode": return System.identityHashCode(self);
                    default: return "R implementation of " + clasz.getName();
                }
            }
            Object r = thiz == null ? invokeFunction(m.getName(), a) : invokeMethod(thiz, m.getName(), a);
            return adapt(r, m.getReturnType());
        });
        return clasz.cast(p);
    }

    /** Narrows a converted R result to a Java method's declared return type (R numbers are doubles). */
    private static Object adapt(Object r, Class<?> type) {
        if (type == void.class) return null;
        if (r instanceof Number) {
            Number n = (Number) r;
            if (type == int.class || type == Integer.class) return n.intValue();
            if (type == long.class || type == Long.class) return n.longValue();
            if (type == double.class || type == Double.class) return n.doubleValue();
            if (type == float.class || type == Float.class) return n.floatValue();
        }
        if (r == null && type.isPrimitive()) throw new NullPointerException("R returned NULL or NA for a " + type + " result");
        return r;
    }
}

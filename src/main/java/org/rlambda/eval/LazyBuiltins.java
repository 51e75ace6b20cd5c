package org.rlambda.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lazy registration of builtins, for cold start. Registering every builtin creates one lambda
 * class per function (hundreds of classes, about 0.2 ms each on a cold JVM). The build writes
 * an index (name, topic class, dispatch flags) by running the registration once; at run time
 * each name is bound to a placeholder carrying its flags, and the first call of any function of
 * a topic registers that topic only and fills in all its placeholders.
 */
public final class LazyBuiltins {
    public static final String INDEX_RESOURCE = "/org/rlambda/eval/builtins.index";

    private LazyBuiltins() { }

    /** One topic class whose register(Builtins) has not run yet. */
    static final class Topic {
        final String className;
        final List<BuiltinFunction> placeholders = new ArrayList<>();
        private volatile boolean resolved;

        Topic(String className) { this.className = className; }

        synchronized void resolve() {
            if (resolved) return;
            Builtins real = new Builtins();
            try {
                Class<?> c = Class.forName(className);
                Method m = c.getDeclaredMethod("register", Builtins.class);
                m.setAccessible(true);
                m.invoke(null, real);
            } catch (java.lang.reflect.InvocationTargetException e) {
                // out of memory while registering: stay unresolved, so the next call retries
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException("cannot register builtins of " + className, e);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot register builtins of " + className, e);
            }
            for (BuiltinFunction p : placeholders) {
                BuiltinFunction f = real.get(p.name);
                if (f == null) throw new IllegalStateException(className + " no longer defines " + p.name + ": rebuild");
                p.formals = f.formals;
                p.hasContext = f.hasContext;
                p.impl = f.impl;
                p.pendingTopic = null;
            }
            resolved = true;
        }
    }

    /**
     * Builtins from the index on the class path, or null when there is none (then the caller
     * registers eagerly).
     */
    public static Builtins fromIndex() {
        InputStream s = LazyBuiltins.class.getResourceAsStream(INDEX_RESOURCE);
        if (s == null) return null;
        Builtins b = new Builtins();
        Map<String, Topic> topics = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty()) continue;
                String[] f = line.split("\t", -1);
                String name = f[0];
                Topic topic = topics.computeIfAbsent(f[1], Topic::new);
                boolean special = f[2].equals("1");
                boolean generic = f[3].equals("1");
                String group = f[4].isEmpty() ? null : f[4];
                BuiltinFunction p = new BuiltinFunction(name, special, generic, null, null, group);
                p.hasContext = f[5].equals("1");
                p.pendingTopic = topic;
                p.impl = (in, call, args, names, rho) -> {
                    topic.resolve();
                    return p.impl.apply(in, call, args, names, rho);
                };
                topic.placeholders.add(p);
                b.putFunction(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + INDEX_RESOURCE, e);
        }
        return b;
    }

    /**
     * Writes the index for the functions {@code registration} adds; the topic of each function
     * is the class whose {@code register} method {@code caller} called.
     */
    public static void writeIndex(Class<?> caller, java.util.function.Supplier<Builtins> registration, Writer out)
            throws IOException {
        Map<String, String> topicOf = new LinkedHashMap<>();
        StackWalker walker = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
        Builtins.RECORDER.set(f -> topicOf.put(f.name, walker.walk(frames -> {
            // the topic is the frame called directly from the registration list
            List<StackWalker.StackFrame> list = frames.toList();
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i).getDeclaringClass() == caller) return list.get(i - 1).getDeclaringClass().getName();
            }
            throw new IllegalStateException("builtin " + f.name + " not registered from " + caller.getName());
        })));
        Builtins b;
        try {
            b = registration.get();
        } finally {
            Builtins.RECORDER.remove();
        }
        for (BuiltinFunction f : b.all().values()) {
            out.write(f.name + "\t" + topicOf.get(f.name) + "\t" + (f.special ? "1" : "0") + "\t"
                    + (f.internalGeneric ? "1" : "0") + "\t" + (f.group == null ? "" : f.group) + "\t"
                    + (f.hasContext ? "1" : "0") + "\n");
        }
    }
}

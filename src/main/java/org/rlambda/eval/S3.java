package org.rlambda.eval;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Closure;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Promise;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/** S3 dispatch: UseMethod, NextMethod, internal generics and group generics. */
public final class S3 {
    private S3() { }

    /** The class vector dispatch uses: the class attribute, else the implicit class. */
    public static StringVector dispatchClass(SEXP x) {
        StringVector c = x.classAttribute();
        if (c != null) return c;
        return implicitClass(x);
    }

    /** GNU R's implicit class for dispatch (matrix/array, integer+numeric, function ...). */
    public static StringVector implicitClass(SEXP x) {
        List<String> cls = new ArrayList<>(3);
        if (x instanceof Vector) {
            int[] dim = ((Vector) x).dim();
            if (dim != null) {
                if (dim.length == 2) cls.add("matrix");
                cls.add("array");
            }
        }
        switch (x.type()) {
            case INTEGER: cls.add("integer"); cls.add("numeric"); break;
            case DOUBLE: cls.add("double"); cls.add("numeric"); break;
            case CLOSURE: case BUILTIN: case SPECIAL: cls.add("function"); break;
            case SYMBOL: cls.add("name"); break;
            case LANGUAGE: cls.add(languageClass((Call) x)); break;
            default: cls.add(x.type().rName);
        }
        return new StringVector(cls.toArray(new String[0]));
    }

    static String languageClass(Call c) {
        String f = c.functionName();
        if (f == null) return "call";
        switch (f) {
            case "if": case "for": case "while": case "(": case "{": return f;
            case "<-": case "=": return "<-";
            default: return "call";
        }
    }

    /** Finds {@code name} as a function from the call environment, then the generic's definition environment. */
    public static SEXP lookupMethod(Interpreter in, String name, Environment callEnv, Environment defEnv) {
        Symbol s = Symbol.get(name);
        SEXP f = in.findFunction(s, callEnv);
        if (f == null && defEnv != null && defEnv != callEnv) f = in.findFunction(s, defEnv);
        if (f != null && NOT_METHODS.contains(name) && f == in.baseEnv.getLocal(s)) return null;
        return f;
    }

    /** Base functions whose names look like methods but that GNU R never dispatches to (sort() of a list). */
    private static final java.util.Set<String> NOT_METHODS = java.util.Set.of("sort.list");

    /** UseMethod(generic, object): runs the method and returns its value (the caller unwinds the generic). */
    public static SEXP useMethod(Interpreter in, String generic, SEXP object, Context ctx, Call useMethodCall) {
        StringVector classes = dispatchClass(object);
        Environment defEnv = ctx.function instanceof Closure ? ((Closure) ctx.function).env : in.baseEnv;
        for (int i = 0; i < classes.length(); i++) {
            String mname = generic + "." + classes.get(i);
            SEXP m = lookupMethod(in, mname, ctx.callerEnv, defEnv);
            if (m != null) {
                return invokeMethod(in, m, mname, generic, classes, i, object, ctx, ctx.suppliedArgs, ctx.suppliedNames, defEnv);
            }
        }
        String dname = generic + ".default";
        SEXP m = lookupMethod(in, dname, ctx.callerEnv, defEnv);
        if (m != null) {
            return invokeMethod(in, m, dname, generic, classes, classes.length(), object, ctx, ctx.suppliedArgs, ctx.suppliedNames, defEnv);
        }
        throw in.error(useMethodCall, "no applicable method for '" + generic + "' applied to an object of class \""
                + classDescription(classes) + "\"");
    }

    static String classDescription(StringVector classes) {
        if (classes.length() == 1) return classes.get(0);
        StringBuilder sb = new StringBuilder("c(");
        for (int i = 0; i < classes.length(); i++) {
            if (i > 0) sb.append(", ");
            sb.append('\'').append(classes.get(i)).append('\'');
        }
        return sb.append(')').toString();
    }

    private static SEXP invokeMethod(Interpreter in, SEXP method, String methodName, String generic, StringVector classes,
                                     int position, SEXP object, Context ctx, SEXP[] args, String[] names, Environment defEnv) {
        Call newCall = new Call(Symbol.get(methodName), ctx.call.args(), ctx.call.namesOrNull() == null ? null : ctx.call.namesOrNull().clone());
        newCall.line = ctx.call.line;
        DispatchInfo d = new DispatchInfo(generic, classes, position, object, ctx.callerEnv, defEnv, methodName);
        if (method instanceof Closure) {
            return in.applyClosure(newCall, (Closure) method, args, names, ctx.callerEnv, d);
        }
        SEXP[] values = forceAll(in, args);
        return in.invokeBuiltin((BuiltinFunction) method, newCall, values, names, ctx.callerEnv);
    }

    static SEXP[] forceAll(Interpreter in, SEXP[] args) {
        SEXP[] values = new SEXP[args.length];
        for (int i = 0; i < args.length; i++) {
            SEXP a = args[i];
            values[i] = a instanceof Promise ? in.force((Promise) a) : a;
        }
        return values;
    }

    /** NextMethod from the method running in {@code ctx}; extra arguments replace or extend the originals. */
    public static SEXP nextMethod(Interpreter in, Context ctx, Call nmCall, SEXP[] extra, String[] extraNames) {
        DispatchInfo d = ctx.dispatch;
        if (d == null) throw in.error(nmCall, "NextMethod called from outside a method dispatch");
        // arguments: the method's supplied promises, then extra named ones replace same-named
        List<SEXP> args = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < ctx.suppliedArgs.length; i++) {
            args.add(ctx.suppliedArgs[i]);
            names.add(ctx.suppliedNames == null || ctx.suppliedNames[i] == null ? "" : ctx.suppliedNames[i]);
        }
        for (int i = 0; i < extra.length; i++) {
            String n = extraNames == null || extraNames[i] == null ? "" : extraNames[i];
            int at = n.isEmpty() ? -1 : names.indexOf(n);
            if (at >= 0) args.set(at, extra[i]);
            else { args.add(extra[i]); names.add(n); }
        }
        SEXP[] a = args.toArray(new SEXP[0]);
        String[] nm = names.toArray(new String[0]);
        String generic = d.generic;
        BuiltinFunction groupOwner = groupMember(in, generic);
        String group = groupOwner == null ? null : groupOwner.group;
        for (int i = d.position + 1; i < d.classes.length(); i++) {
            String cls = d.classes.get(i);
            SEXP m = lookupMethod(in, generic + "." + cls, d.callEnv, d.defEnv);
            String mname = generic + "." + cls;
            if (m == null && group != null) {
                mname = group + "." + cls;
                m = lookupMethod(in, mname, d.callEnv, d.defEnv);
            }
            if (m != null) return callNext(in, m, mname, generic, d, i, ctx, a, nm);
        }
        SEXP m = lookupMethod(in, generic + ".default", d.callEnv, d.defEnv);
        if (m != null) return callNext(in, m, generic + ".default", generic, d, d.classes.length(), ctx, a, nm);
        SEXP internal = in.baseEnv.getLocal(Symbol.get(generic));
        if (internal instanceof BuiltinFunction) {
            Call c = new Call(Symbol.get(generic), ctx.call.args(), ctx.call.namesOrNull() == null ? null : ctx.call.namesOrNull().clone());
            return in.invokeBuiltin((BuiltinFunction) internal, c, forceAll(in, a), nm, d.callEnv);
        }
        if (internal instanceof Closure) {
            return in.applyClosure(ctx.call, (Closure) internal, a, nm, d.callEnv, null);
        }
        throw in.error(nmCall, "no more methods for '" + generic + "'");
    }

    private static BuiltinFunction groupMember(Interpreter in, String generic) {
        SEXP f = in.baseEnv.getLocal(Symbol.get(generic));
        return f instanceof BuiltinFunction && ((BuiltinFunction) f).group != null ? (BuiltinFunction) f : null;
    }

    private static SEXP callNext(Interpreter in, SEXP m, String mname, String generic, DispatchInfo d, int pos,
                                 Context ctx, SEXP[] a, String[] nm) {
        Call c = new Call(Symbol.get(mname), ctx.call.args(), ctx.call.namesOrNull() == null ? null : ctx.call.namesOrNull().clone());
        DispatchInfo nd = new DispatchInfo(generic, d.classes, pos, d.object, d.callEnv, d.defEnv, mname);
        if (m instanceof Closure) return in.applyClosure(c, (Closure) m, a, nm, d.callEnv, nd);
        return in.invokeBuiltin((BuiltinFunction) m, c, forceAll(in, a), nm, d.callEnv);
    }

    /** For internal generics: runs a user method for the first argument's class, or returns null. */
    public static SEXP tryDispatchInternal(Interpreter in, String generic, Call call, SEXP[] values, String[] names, Environment rho) {
        StringVector classes = values[0].classAttribute();
        if (classes == null) return null;
        for (int i = 0; i < classes.length(); i++) {
            String mname = generic + "." + classes.get(i);
            SEXP m = in.findFunction(Symbol.get(mname), rho);
            if (m instanceof Closure) {
                // GNU R's DispatchOrEval runs the method inside a context for the primitive itself,
                // so sys.calls() and the "Calls:" line show `[` before `[.data.frame`
                SEXP primitive = in.baseEnv.getLocal(Symbol.get(generic));
                Context ctx = call == null || primitive == null ? null : in.pushContext(call, primitive, rho, rho);
                try {
                    return callMethodWithValues(in, (Closure) m, mname, generic, classes, i, call, values, names, rho);
                } finally {
                    if (ctx != null) in.popContext(ctx);
                }
            }
            if (m instanceof BuiltinFunction && m != in.baseEnv.getLocal(Symbol.get(generic))) {
                Call c = new Call(Symbol.get(mname), Interpreter.quoteValues(values), names == null ? null : names.clone());
                return in.invokeBuiltin((BuiltinFunction) m, c, values, names, rho);
            }
        }
        return null;
    }

    private static SEXP callMethodWithValues(Interpreter in, Closure m, String mname, String generic, StringVector classes,
                                             int pos, Call call, SEXP[] values, String[] names, Environment rho) {
        SEXP[] proms = new SEXP[values.length];
        boolean exprsMatch = call != null && call.argCount() == values.length;
        for (int i = 0; i < values.length; i++) {
            SEXP v = values[i];
            if (v == Symbol.MISSING_ARG) { proms[i] = v; continue; }
            v.markShared();
            proms[i] = Promise.forced(exprsMatch ? call.arg(i) : v, v);
        }
        Call newCall = call == null ? new Call(Symbol.get(mname), Interpreter.quoteValues(values), names)
                : new Call(Symbol.get(mname), call.args(), call.namesOrNull() == null ? null : call.namesOrNull().clone());
        DispatchInfo d = new DispatchInfo(generic, classes, pos, values[0], rho, in.baseEnv, mname);
        return in.applyClosure(newCall, m, proms, names, rho, d);
    }

    /** Group generic dispatch (Ops on either argument, Math/Summary/Complex on the first). */
    static SEXP tryDispatchGroup(Interpreter in, BuiltinFunction b, Call call, SEXP[] values, String[] names, Environment rho) {
        if (values.length == 0) return null;
        String group = b.group;
        String generic = b.name;
        if (group.equals("Ops")) {
            boolean lobj = values[0].isObject();
            boolean robj = values.length > 1 && values[1].isObject();
            if (!lobj && !robj) return null;
            Found lm = lobj ? findGroupMethod(in, generic, group, values[0].classAttribute(), rho) : null;
            Found rm = robj ? findGroupMethod(in, generic, group, values[1].classAttribute(), rho) : null;
            if (lm != null && rm != null && lm.fn != rm.fn) {
                in.warning(null, "Incompatible methods (\"" + lm.name + "\", \"" + rm.name + "\") for \"" + generic + "\"");
                return null;
            }
            Found m = lm != null ? lm : rm;
            if (m == null) return null;
            SEXP obj = lm != null ? values[0] : values[1];
            return callMethodWithValues(in, (Closure) m.fn, m.name, generic, obj.classAttribute(), m.position, call, values, names, rho);
        }
        boolean summary = group.equals("Summary");
        if (summary && names != null) {
            // na.rm does not take part in dispatch: GNU R (fixup_NaRm) moves it last first
            for (int i = 0; i < values.length; i++) {
                if (!"na.rm".equals(names[i])) {
                    if (!values[i].isObject()) return null;
                    break;
                }
            }
        } else if (!values[0].isObject()) {
            return null;
        }
        if (summary) {
            // GNU R (fixup_NaRm) moves na.rm last, supplying na.rm = FALSE, and the method's
            // call shows the evaluated arguments
            List<SEXP> vs = new ArrayList<>();
            List<String> ns = new ArrayList<>();
            SEXP naRm = LogicalVector.FALSE;
            for (int i = 0; i < values.length; i++) {
                String nm = names == null ? "" : names[i];
                if ("na.rm".equals(nm)) { naRm = values[i]; continue; }
                vs.add(values[i]);
                ns.add(nm == null ? "" : nm);
            }
            if (vs.isEmpty()) return null;
            vs.add(naRm);
            ns.add("na.rm");
            values = vs.toArray(new SEXP[0]);
            names = ns.toArray(new String[0]);
            call = new Call(Symbol.get(generic), Interpreter.quoteValues(values), names.clone());
        }
        Found m = findGroupMethod(in, generic, group, values[0].classAttribute(), rho);
        if (m == null) return null;
        return callMethodWithValues(in, (Closure) m.fn, m.name, generic, values[0].classAttribute(), m.position, call, values, names, rho);
    }

    private static final class Found {
        final SEXP fn;
        final String name;
        final int position;

        Found(SEXP fn, String name, int position) { this.fn = fn; this.name = name; this.position = position; }
    }

    private static Found findGroupMethod(Interpreter in, String generic, String group, StringVector classes, Environment rho) {
        for (int i = 0; i < classes.length(); i++) {
            String n1 = generic + "." + classes.get(i);
            SEXP f = in.findFunction(Symbol.get(n1), rho);
            if (f instanceof Closure) return new Found(f, n1, i);
            String n2 = group + "." + classes.get(i);
            f = in.findFunction(Symbol.get(n2), rho);
            if (f instanceof Closure) return new Found(f, n2, i);
        }
        return null;
    }

    /** True when {@code x} inherits from any of the classes (implicit classes count). */
    public static boolean inherits(SEXP x, String cls) {
        StringVector c = dispatchClass(x);
        for (int i = 0; i < c.length(); i++) if (c.get(i).equals(cls)) return true;
        return false;
    }

    /** Used by print dispatch helpers. */
    public static boolean isDataFrame(SEXP x) { return x instanceof ListVector && x.inherits("data.frame"); }
}

package org.rlambda.base;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.eval.QuitException;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/** The process around the script: timing, environment variables, command arguments, quit. */
public final class SystemBuiltins {
    private SystemBuiltins() { }

    /** Environment variables set by Sys.setenv in this process (the JVM's own are read-only). */
    private static final Map<String, String> OVERRIDES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final long START = System.nanoTime();
    private static volatile String[] commandArgs = new String[] {"rlambda"};

    public static void setCommandArgs(String[] args) { commandArgs = args.clone(); }

    public static void register(Builtins b) {
        b.add("proc.time", "", (in, call, a, rho) -> procTime());
        b.addSpecial("system.time", (in, call, args, names, rho) -> {
            if (args.length == 0) throw in.error(call, "argument \"expr\" is missing, with no default");
            DoubleVector t0 = procTime();
            in.eval(args[0], rho);
            DoubleVector t1 = procTime();
            double[] d = new double[5];
            for (int i = 0; i < 5; i++) d[i] = t1.get(i) - t0.get(i);
            DoubleVector r = new DoubleVector(d);
            r.setAttributeRaw("names", t0.getAttribute("names"));
            r.setAttributeRaw("class", StringVector.of("proc_time"));
            in.visible = true;
            return r;
        });
        b.add("Sys.getenv", "x, unset, names", (in, call, a, rho) -> {
            String unset = a[1] == null ? "" : Coerce.stringElement((Vector) a[1], 0);
            if (a[0] == null || a[0] == Null.NULL || a[0].length() == 0) {
                Map<String, String> all = new TreeMap<>(System.getenv());
                all.putAll(OVERRIDES);
                all.values().removeIf(v -> v == null || v.equals("\0unset"));
                String[] keys = all.keySet().toArray(new String[0]);
                String[] vals = new String[keys.length];
                for (int i = 0; i < keys.length; i++) vals[i] = all.get(keys[i]);
                StringVector r = new StringVector(vals);
                r.setAttributeRaw("names", new StringVector(keys));
                return r;
            }
            StringVector x = (StringVector) a[0];
            String[] out = new String[x.length()];
            for (int i = 0; i < out.length; i++) {
                String v = getenv(x.get(i));
                out[i] = v == null ? unset : v;
            }
            StringVector r = new StringVector(out);
            boolean withNames = a[2] == null ? out.length > 1 : in.asCondition(a[2], call, "Sys.getenv");
            if (withNames) r.setAttributeRaw("names", x.copy());
            return r;
        });
        b.add("Sys.setenv", "...", (in, call, a, rho) -> {
            ListVector dots = Builtins.dots(a[0]);
            StringVector n = dots.names();
            if (n == null) throw in.error(call, "all arguments must be named");
            int[] ok = new int[dots.length()];
            for (int i = 0; i < dots.length(); i++) {
                OVERRIDES.put(n.get(i), Coerce.stringElement((Vector) dots.get(i), 0));
                ok[i] = 1;
            }
            in.visible = false;
            return new LogicalVector(ok);
        });
        b.add("Sys.unsetenv", "x", (in, call, a, rho) -> {
            StringVector x = (StringVector) a[0];
            for (int i = 0; i < x.length(); i++) OVERRIDES.put(x.get(i), "\0unset");
            in.visible = false;
            return LogicalVector.TRUE;
        });
        b.add("Sys.sleep", "time", (in, call, a, rho) -> {
            double s = Coerce.doubleElement((Vector) a[0], 0, null);
            long end = System.nanoTime() + (long) (s * 1e9);
            while (System.nanoTime() < end) {
                in.checkLimitsNow();
                try {
                    Thread.sleep(Math.min(50, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw in.error(call, "interrupted");
                }
            }
            in.visible = false;
            return Null.NULL;
        });
        b.add("commandArgs", "trailingOnly", (in, call, a, rho) -> {
            boolean trailing = a[0] != null && in.asCondition(a[0], call, "commandArgs");
            String[] all = commandArgs;
            if (!trailing) return new StringVector(all.clone());
            int at = -1;
            for (int i = 0; i < all.length; i++) if (all[i].equals("--args")) { at = i; break; }
            if (at < 0) return new StringVector(new String[0]);
            String[] rest = new String[all.length - at - 1];
            System.arraycopy(all, at + 1, rest, 0, rest.length);
            return new StringVector(rest);
        });
        BuiltinsQuit.register(b);
    }

    static String getenv(String name) {
        String v = OVERRIDES.get(name);
        if (v != null) return v.equals("\0unset") ? null : v;
        return System.getenv(name);
    }

    private static DoubleVector procTime() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double cpu = mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadCpuTime() / 1e9 : 0;
        double user = mx.isCurrentThreadCpuTimeSupported() ? mx.getCurrentThreadUserTime() / 1e9 : 0;
        double elapsed = (System.nanoTime() - START) / 1e9;
        DoubleVector r = new DoubleVector(new double[] {user, Math.max(0, cpu - user), elapsed, DoubleVector.NA, DoubleVector.NA});
        r.setAttributeRaw("names", StringVector.of("user.self", "sys.self", "elapsed", "user.child", "sys.child"));
        r.setAttributeRaw("class", StringVector.of("proc_time"));
        return r;
    }

    /** q() and quit(). */
    static final class BuiltinsQuit {
        private BuiltinsQuit() { }

        static void register(Builtins b) {
            org.rlambda.eval.BuiltinFunction.MatchedImpl quit = (in, call, a, rho) -> {
                int status = a[1] == null ? 0 : Coerce.intElement((Vector) a[1], 0, null);
                throw new QuitException(status);
            };
            b.add("quit", "save, status, runLast", quit);
            b.add("q", "save, status, runLast", quit);
        }
    }
}

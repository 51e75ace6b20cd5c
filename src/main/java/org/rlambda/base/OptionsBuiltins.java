package org.rlambda.base;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/** options() and getOption(): the session's option list kept in {@link Interpreter#options}. */
public final class OptionsBuiltins {
    private OptionsBuiltins() { }

    public static void register(Builtins b) {
        b.add("options", "...", (in, call, a, rho) -> {
            ListVector dots = Builtins.dots(a[0]);
            if (dots.length() == 0) return all(in);
            List<String> names = new ArrayList<>();
            List<SEXP> values = new ArrayList<>();
            boolean anySet = false;
            for (int i = 0; i < dots.length(); i++) {
                String n = Builtins.dotName(dots, i);
                SEXP v = dots.get(i);
                if (!n.isEmpty()) {
                    names.add(n);
                    values.add(set(in, call, n, v));
                    anySet = true;
                } else if (v instanceof ListVector) {
                    ListVector l = (ListVector) v;
                    StringVector ln = l.names();
                    for (int k = 0; k < l.length(); k++) {
                        String key = ln == null ? "" : ln.get(k);
                        if (key.isEmpty()) throw in.error(call, "list argument has no valid names");
                        names.add(key);
                        values.add(set(in, call, key, l.get(k)));
                        anySet = true;
                    }
                } else if (v instanceof StringVector) {
                    for (String key : ((StringVector) v).values()) {
                        names.add(key);
                        values.add(in.getOption(key));
                    }
                } else if (v == Null.NULL) {
                    continue;
                } else {
                    throw in.error(call, "invalid argument");
                }
            }
            ListVector r = new ListVector(values.toArray(new SEXP[0]));
            r.setAttributeRaw("names", new StringVector(names.toArray(new String[0])));
            in.visible = !anySet;
            return r;
        });
        b.add("getOption", "x, default", (in, call, a, rho) -> {
            if (!(a[0] instanceof StringVector) || a[0].length() != 1) throw in.error(call, "'x' must be a character string");
            SEXP v = in.options.get(((StringVector) a[0]).get(0));
            if (v == null) return a[1] == null ? Null.NULL : a[1];
            return v;
        });
    }

    private static ListVector all(Interpreter in) {
        List<String> keys = new ArrayList<>(in.options.keySet());
        keys.sort(Collation::compare);
        SEXP[] vals = new SEXP[keys.size()];
        for (int i = 0; i < vals.length; i++) vals[i] = in.options.get(keys.get(i));
        ListVector r = new ListVector(vals);
        r.setAttributeRaw("names", new StringVector(keys.toArray(new String[0])));
        return r;
    }

    /** Sets one option (NULL removes it) after GNU R's checks; returns the old value. */
    private static SEXP set(Interpreter in, Call call, String name, SEXP v) {
        SEXP old = in.getOption(name);
        switch (name) {
            case "digits": {
                int d = RArgs.integer(v);
                if (d == IntVector.NA || d < 1 || d > 22) throw in.error(call, "invalid 'digits' parameter, allowed 1...22");
                v = IntVector.of(d);
                break;
            }
            case "width": {
                int w = RArgs.integer(v);
                if (w == IntVector.NA || w < 10 || w > 10000) throw in.error(call, "invalid 'width' parameter, allowed 10...10000");
                v = IntVector.of(w);
                break;
            }
            case "warn": {
                if (!(v instanceof IntVector || v instanceof DoubleVector || v instanceof LogicalVector) || v.length() != 1) {
                    throw in.error(call, "invalid value for 'warn'");
                }
                v = IntVector.of(RArgs.integer(v));
                break;
            }
            case "scipen": case "expressions": case "nwarnings": case "max.print": {
                int n = RArgs.integer(v);
                if (n == IntVector.NA) throw in.error(call, "invalid '" + name + "' parameter");
                if (name.equals("expressions") && (n < 25 || n > 500000)) {
                    throw in.error(call, "'expressions' parameter invalid, allowed 25...500000");
                }
                v = IntVector.of(n);
                break;
            }
            default:
                break;
        }
        if (v == Null.NULL) in.options.remove(name);
        else {
            v.markShared();
            in.options.put(name, v);
        }
        return old;
    }
}

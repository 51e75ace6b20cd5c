package org.rlambda.eval;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Promise;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/** R's argument matching: exact names, then partial names (before {@code ...}), then position. */
public final class ArgumentMatcher {
    /** The outcome: a value (or null) per formal, and what {@code ...} collected. */
    public static final class Result {
        public final SEXP[] values;
        public final List<SEXP> dotValues = new ArrayList<>();
        public final List<String> dotNames = new ArrayList<>();

        Result(int n) { values = new SEXP[n]; }
    }

    private static final String DOTS = "...";

    private ArgumentMatcher() { }

    public static Result match(Interpreter in, Call call, String[] formals, SEXP[] args, String[] names) {
        int nf = formals.length;
        int na = args.length;
        if (names == null && na <= nf) {
            // fast path: positional arguments only, fewer than the formals, none reaching ...
            boolean dotsBefore = false;
            for (int i = 0; i < na; i++) if (formals[i] == DOTS || formals[i].equals("...")) { dotsBefore = true; break; }
            if (!dotsBefore) {
                Result r = new Result(nf);
                System.arraycopy(args, 0, r.values, 0, na);
                return r;
            }
        }
        int dotsIdx = -1;
        for (int i = 0; i < nf; i++) if (formals[i].equals("...")) { dotsIdx = i; break; }
        Result r = new Result(nf);
        boolean[] used = new boolean[na];
        boolean anyNames = false;
        if (names != null) for (int j = 0; j < na; j++) if (names[j] != null && !names[j].isEmpty()) { anyNames = true; break; }

        if (anyNames) {
            // exact matches
            for (int j = 0; j < na; j++) {
                String nm = names[j];
                if (nm == null || nm.isEmpty()) continue;
                for (int i = 0; i < nf; i++) {
                    if (i == dotsIdx) continue;
                    if (formals[i].equals(nm)) {
                        if (r.values[i] != null) {
                            throw in.error(call, "formal argument \"" + formals[i] + "\" matched by multiple actual arguments");
                        }
                        r.values[i] = args[j];
                        used[j] = true;
                        break;
                    }
                }
            }
            // partial matches, only for formals before ...
            int partialLimit = dotsIdx >= 0 ? dotsIdx : nf;
            for (int j = 0; j < na; j++) {
                String nm = names[j];
                if (used[j] || nm == null || nm.isEmpty()) continue;
                int found = -1;
                for (int i = 0; i < partialLimit; i++) {
                    if (formals[i].startsWith(nm)) {
                        if (r.values[i] != null && found < 0) {
                            // already matched exactly: R reports multiple matches for this formal
                            throw in.error(call, "formal argument \"" + formals[i] + "\" matched by multiple actual arguments");
                        }
                        if (found >= 0) throw in.error(call, "argument " + (j + 1) + " matches multiple formal arguments");
                        found = i;
                    }
                }
                if (found >= 0) {
                    r.values[found] = args[j];
                    used[j] = true;
                }
            }
        }
        // positional
        int fi = 0;
        int positionalLimit = dotsIdx >= 0 ? dotsIdx : nf;
        for (int j = 0; j < na; j++) {
            if (used[j]) continue;
            if (names != null && names[j] != null && !names[j].isEmpty()) continue;
            while (fi < positionalLimit && r.values[fi] != null) fi++;
            if (fi >= positionalLimit) break;
            r.values[fi++] = args[j];
            used[j] = true;
        }
        // leftovers
        List<Integer> unused = null;
        for (int j = 0; j < na; j++) {
            if (used[j]) continue;
            if (dotsIdx >= 0) {
                r.dotValues.add(args[j]);
                r.dotNames.add(names == null || names[j] == null ? "" : names[j]);
            } else {
                if (unused == null) unused = new ArrayList<>();
                unused.add(j);
            }
        }
        if (unused != null) {
            StringBuilder sb = new StringBuilder(unused.size() == 1 ? "unused argument (" : "unused arguments (");
            for (int k = 0; k < unused.size(); k++) {
                int j = unused.get(k);
                if (k > 0) sb.append(", ");
                if (names != null && names[j] != null && !names[j].isEmpty()) sb.append(names[j]).append(" = ");
                SEXP a = args[j];
                if (a instanceof Promise) a = ((Promise) a).expression;
                sb.append(in.deparseOneLine(a));
            }
            sb.append(')');
            throw in.error(call, sb.toString());
        }
        return r;
    }

    /** Matching for builtins with formals: the {@code ...} slot becomes a list with names. */
    static SEXP[] matchBuiltin(Interpreter in, Call call, String[] formals, SEXP[] args, String[] names) {
        Result r = match(in, call, formals, args, names);
        for (int i = 0; i < formals.length; i++) {
            if (r.values[i] == org.rlambda.sexp.Symbol.MISSING_ARG) r.values[i] = null;
            if (formals[i].equals("...")) {
                ListVector l = new ListVector(r.dotValues.toArray(new SEXP[0]));
                boolean anyName = false;
                for (String s : r.dotNames) if (!s.isEmpty()) { anyName = true; break; }
                if (anyName) l.setAttributeRaw("names", new StringVector(r.dotNames.toArray(new String[0])));
                r.values[i] = l;
            }
        }
        return r.values;
    }
}

package org.rlambda.base;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/** regmatches() and regmatches&lt;-() over the match data of regexpr, gregexpr and regexec. */
final class RegMatches {
    private RegMatches() { }

    static SEXP get(Interpreter in, Call call, StringVector x, SEXP m, boolean invert) {
        if (m instanceof ListVector) {
            ListVector ml = (ListVector) m;
            if (ml.length() != x.length()) throw in.error(call, "'x' and 'm' must have the same length");
            SEXP[] r = new SEXP[x.length()];
            for (int i = 0; i < r.length; i++) {
                Match mi = Match.of(in, call, ml.get(i));
                r[i] = invert ? new StringVector(pieces(x.get(i), mi).toArray(new String[0])) : matched(x.get(i), mi);
            }
            ListVector out = new ListVector(r);
            if (x.names() != null) out.setAttributeRaw("names", x.names());
            return out;
        }
        Match all = Match.of(in, call, m);
        if (all.start.length != x.length()) throw in.error(call, "'x' and 'm' must have the same length");
        if (invert) {
            SEXP[] r = new SEXP[x.length()];
            for (int i = 0; i < r.length; i++) {
                Match mi = all.element(i);
                if (StringVector.isNA(x.get(i)) || mi.start[0] == IntVector.NA) r[i] = StringVector.of(StringVector.NA);
                else r[i] = new StringVector(pieces(x.get(i), mi).toArray(new String[0]));
            }
            ListVector out = new ListVector(r);
            if (x.names() != null) out.setAttributeRaw("names", x.names());
            return out;
        }
        List<String> vals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringVector xn = x.names();
        for (int i = 0; i < x.length(); i++) {
            int st = all.start[i];
            if (st == IntVector.NA || st == -1 || StringVector.isNA(x.get(i))) continue;
            vals.add(substring(x.get(i), st, all.length[i]));
            if (xn != null) names.add(xn.get(i));
        }
        StringVector out = new StringVector(vals.toArray(new String[0]));
        if (xn != null) out.setAttributeRaw("names", new StringVector(names.toArray(new String[0])));
        return out;
    }

    /** The matched substrings of one element (regexec: the match then each group). */
    private static StringVector matched(String s, Match mi) {
        if (StringVector.isNA(s) || mi.start.length == 0 || mi.start[0] == -1 || mi.start[0] == IntVector.NA) {
            return StringVector.EMPTY;
        }
        String[] r = new String[mi.start.length];
        for (int k = 0; k < r.length; k++) r[k] = mi.start[k] == 0 ? "" : substring(s, mi.start[k], mi.length[k]);
        return new StringVector(r);
    }

    /** The text between matches: one more piece than matches. */
    private static List<String> pieces(String s, Match mi) {
        List<String> r = new ArrayList<>();
        if (StringVector.isNA(s)) {
            r.add(StringVector.NA);
            return r;
        }
        if (mi.start.length == 0 || mi.start[0] == -1) {
            r.add(s);
            return r;
        }
        int prev = 0; // char index
        for (int k = 0; k < mi.start.length; k++) {
            int from = offset(s, mi.start[k] - 1);
            int to = offset(s, mi.start[k] - 1 + mi.length[k]);
            r.add(s.substring(prev, from));
            prev = to;
        }
        r.add(s.substring(prev));
        return r;
    }


    static String substring(String s, int start1, int len) {
        int from = offset(s, start1 - 1);
        return s.substring(from, offset(s, start1 - 1 + len));
    }

    /** Char index of code point number {@code cp} (0-based), clamped to the string. */
    static int offset(String s, int cp) {
        int n = s.codePointCount(0, s.length());
        if (cp >= n) return s.length();
        if (cp <= 0) return 0;
        return s.offsetByCodePoints(0, cp);
    }

    /** Match data: starts (1-based) and lengths. */
    private static final class Match {
        final int[] start;
        final int[] length;

        Match(int[] start, int[] length) {
            this.start = start;
            this.length = length;
        }

        static Match of(Interpreter in, Call call, SEXP m) {
            SEXP ml = m.getAttribute("match.length");
            if (!(m instanceof Vector) || !(ml instanceof Vector) || m instanceof ListVector) {
                throw in.error(call, "'m' is invalid");
            }
            int n = m.length();
            int[] st = new int[n], len = new int[n];
            for (int i = 0; i < n; i++) {
                st[i] = RArgs.integer(((Vector) m).element(i));
                len[i] = RArgs.integer(((Vector) ml).element(i));
            }
            return new Match(st, len);
        }

        Match element(int i) { return new Match(new int[] {start[i]}, new int[] {length[i]}); }
    }
}

package org.rlambda.base;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;

/**
 * {@code .deparseOpts(control)}: the option names of deparse(), dput() and dump() as the bit set
 * the deparser reads. Names are partially matched; "all" and "exact" stand for their groups, as
 * GNU R 4.2.2 defines them (src/library/base/R/New-Internal.R, bits from src/include/Defn.h).
 */
public final class DeparseOptions {
    /** Position i + 1 is pmatch()'s code; code c > 1 is bit 2^(c - 2). */
    private static final String[] NAMES = {"all", "keepInteger", "quoteExpressions", "showAttributes",
        "useSource", "warnIncomplete", "delayPromises", "keepNA", "S_compatible", "hexNumeric",
        "digits17", "niceNames", "exact"};

    private DeparseOptions() {}

    /** The bits for {@code control}; a number is taken as bits already (what our dump() passes). */
    static int of(Interpreter in, SEXP control) {
        if (control == null || control == Null.NULL || control.length() == 0) return 0;
        if (control instanceof DoubleVector || control instanceof IntVector) return RArgs.integer(control);
        String[] given = RArgs.asCharacter(in, control, null).values();
        Set<Integer> codes = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        boolean[] used = new boolean[NAMES.length];
        for (String g : given) {
            int code = pmatch(g, used);
            if (code < 0) unknown.add("\u2018" + g + "\u2019");
            else codes.add(code + 1);
        }
        if (!unknown.isEmpty()) {
            throw in.error(null, (unknown.size() == 1 ? "deparse option " : "deparse options ")
                    + String.join(", ", unknown) + (unknown.size() == 1 ? " is not recognized" : " are not recognized"));
        }
        if (codes.contains(1)) {
            if (codes.contains(13)) throw in.error(null, "\"all\" and \"exact\" are mutually exclusive");
            boolean hex = codes.contains(10);
            codes.remove(1);
            for (int c : new int[] {2, 3, 4, 5, 6, 8, 12}) codes.add(c);
            if (!hex) codes.add(11);
        } else if (codes.contains(13)) {
            codes.remove(13);
            for (int c : new int[] {2, 3, 4, 5, 6, 8, 10, 12}) codes.add(c);
        }
        if (codes.contains(10) && codes.contains(11)) {
            throw in.error(null, "\"hexNumeric\" and \"digits17\" are mutually exclusive");
        }
        int bits = 0;
        for (int c : codes) bits |= 1 << (c - 2);
        return bits;
    }

    /** pmatch() against the option names: exact first, else a unique prefix; each name matches once. */
    private static int pmatch(String g, boolean[] used) {
        if (g == null || g.isEmpty()) return -1;
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(g)) {
                if (used[i]) return -1;
                used[i] = true;
                return i;
            }
        }
        int found = -1;
        for (int i = 0; i < NAMES.length; i++) {
            if (!used[i] && NAMES[i].startsWith(g)) {
                if (found >= 0) return -1;
                found = i;
            }
        }
        if (found >= 0) used[found] = true;
        return found;
    }

    public static void register(Builtins b) {
        b.add(".deparseOpts", "control", (in, call, a, rho) -> {
            SEXP c = a[0] == null ? Null.NULL : a[0];
            if (c instanceof DoubleVector || c instanceof IntVector) c = RArgs.asCharacter(in, c, null);
            return new DoubleVector(new double[] {of(in, c)});
        });
    }
}

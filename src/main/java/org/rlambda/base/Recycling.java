package org.rlambda.base;

import java.util.Arrays;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Attributes;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.Vector;

/**
 * The shared kernel for element-wise binary operations: result length, the recycling warning,
 * array conformance, and which operand's attributes the result takes (GNU R's rules).
 */
public final class Recycling {
    public final int length;
    private final Vector x;
    private final Vector y;
    private final boolean xattr;
    private final boolean yattr;

    private Recycling(int length, Vector x, Vector y) {
        this.length = length;
        this.x = x;
        this.y = y;
        this.xattr = x.hasAttributes() && x.length() == length;
        this.yattr = y.hasAttributes() && y.length() == length;
    }

    public static Recycling binary(Interpreter in, Call call, Vector x, Vector y) {
        int nx = x.length(), ny = y.length();
        int n = (nx == 0 || ny == 0) ? 0 : Math.max(nx, ny);
        int[] dx = x.dim(), dy = y.dim();
        if (dx != null && dy != null) {
            if (!Arrays.equals(dx, dy)) throw in.error(call, "non-conformable arrays");
        } else if (dx != null || dy != null) {
            int alen = dx != null ? nx : ny;
            int other = dx != null ? ny : nx;
            if (other > alen && alen > 0) {
                throw in.error(call, "dims [product " + alen + "] do not match the length of object [" + other + "]");
            }
        }
        if (n > 0 && (n % nx != 0 || n % ny != 0)) {
            in.warning(call, "longer object length is not a multiple of shorter object length");
        }
        return new Recycling(n, x, y);
    }

    /** Arithmetic: all attributes, y's first then x's (x wins), names/dims from the full-length operand. */
    public void copyAttributes(Vector result) {
        if (!xattr && !yattr) return;
        if (yattr) copyMost(y, result);
        if (xattr) copyMost(x, result);
        copyStructure(result);
    }

    /** Comparison and logic: only names, dim and dimnames. */
    public void copyStructure(Vector result) {
        SEXP dim = null, dimnames = null;
        if (x.length() == length) { dim = x.getAttribute("dim"); dimnames = x.getAttribute("dimnames"); }
        if (dim == null && y.length() == length) { dim = y.getAttribute("dim"); dimnames = y.getAttribute("dimnames"); }
        if (dim != null) {
            result.setAttributeRaw("dim", dim);
            if (dimnames != null) result.setAttributeRaw("dimnames", dimnames);
        }
        SEXP names = null;
        if (x.length() == length) names = x.getAttribute("names");
        if (names == null && y.length() == length) names = y.getAttribute("names");
        if (names != null && dim == null) result.setAttributeRaw("names", names);
    }

    private static void copyMost(Vector from, Vector to) {
        Attributes a = from.attributes();
        if (a == null) return;
        for (int i = 0; i < a.size(); i++) {
            String n = a.name(i);
            if (n.equals("names") || n.equals("dim") || n.equals("dimnames")) continue;
            to.setAttributeRaw(n, a.value(i));
        }
    }
}

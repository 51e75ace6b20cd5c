package org.rlambda.base;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/** cbind and rbind for vectors and matrices (data frames go to their R methods). */
final class Binding {
    private Binding() { }

    static SEXP bind(Interpreter in, Call call, SEXP[] args, String[] names, Environment rho, boolean columns) {
        String kind = columns ? "cbind" : "rbind";
        int deparseLevel = 1;
        List<SEXP> vals = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        SEXP[] exprs = argumentExpressions(in, call, rho);
        boolean exprsAligned = exprs != null && exprs.length == args.length;
        for (int i = 0; i < args.length; i++) {
            String nm = names == null || names[i] == null ? "" : names[i];
            if (nm.equals("deparse.level")) {
                deparseLevel = Coerce.intElement((Vector) args[i], 0, null);
                continue;
            }
            if (nm.equals("stringsAsFactors") || nm.equals("make.row.names")) continue;
            vals.add(args[i]);
            if (nm.isEmpty() && exprsAligned) {
                // a name from the argument expression: symbols at deparse.level 1, any expression at 2
                SEXP expr = exprs[i];
                if (expr instanceof Symbol) nm = "\0" + ((Symbol) expr).name;
                else if (!(args[i] instanceof Vector && ((Vector) args[i]).dim() != null)) {
                    nm = "\1" + org.rlambda.parse.Deparser.deparseFirstLine(expr);
                }
            }
            tags.add(nm);
        }
        for (SEXP v : vals) {
            if (v.inherits("data.frame")) {
                SEXP method = in.findFunction(Symbol.get(kind + ".data.frame"), rho);
                if (method != null) return in.callFunction(method, args, names, rho, call);
            }
        }
        // drop NULLs and zero-length vectors (unless everything is empty)
        int n = vals.size();
        boolean allNull = true;
        for (SEXP v : vals) if (v != Null.NULL) allNull = false;
        if (allNull) return Null.NULL;
        int rowsOut = -1;
        SexpType type = SexpType.LOGICAL;
        int maxLen = 0;
        for (int i = 0; i < n; i++) {
            SEXP v = vals.get(i);
            if (v == Null.NULL) continue;
            if (!(v instanceof Vector)) throw in.error(call, "cannot create a matrix from type '" + v.typeName() + "'");
            Vector vec = (Vector) v;
            if (vec.inherits("factor")) { vec = (Vector) FactorLevels.asCharacter(vec); vals.set(i, vec); }
            if (Coerce.rank(vec.type()) > Coerce.rank(type)) type = vec.type();
            int[] d = vec.dim();
            if (d != null && d.length == 2) {
                int r = columns ? d[0] : d[1];
                if (rowsOut >= 0 && r != rowsOut) {
                    throw in.error(call, "number of " + (columns ? "rows" : "columns") + " of matrices must match (see arg " + (i + 1) + ")");
                }
                rowsOut = r;
            } else {
                maxLen = Math.max(maxLen, vec.length());
            }
        }
        if (rowsOut < 0) rowsOut = maxLen;
        // count output columns
        int cols = 0;
        for (SEXP v : vals) {
            if (v == Null.NULL) continue;
            int[] d = ((Vector) v).dim();
            if (d != null && d.length == 2) cols += columns ? d[1] : d[0];
            else if (v.length() > 0 || rowsOut == 0) cols += 1;
        }
        Vector out = Coerce.emptyOf(type).alloc(rowsOut * cols);
        String[] colNames = new String[cols];
        boolean anyColName = false;
        String[] rowNames = null;
        int c = 0;
        for (int i = 0; i < n; i++) {
            SEXP v = vals.get(i);
            if (v == Null.NULL) continue;
            Vector vec = (Vector) v;
            Vector cv = vec.type() == type ? vec : Coerce.coerce(vec, type, null);
            int[] d = vec.dim();
            if (d != null && d.length == 2) {
                int k = columns ? d[1] : d[0];
                SEXP dn = vec.getAttribute("dimnames");
                StringVector inner = null, outer = null;
                if (dn instanceof ListVector) {
                    SEXP a = ((ListVector) dn).get(columns ? 1 : 0), b = ((ListVector) dn).get(columns ? 0 : 1);
                    if (a instanceof StringVector) inner = (StringVector) a;
                    if (b instanceof StringVector) outer = (StringVector) b;
                }
                for (int j = 0; j < k; j++) {
                    for (int r = 0; r < rowsOut; r++) {
                        int src = columns ? r + j * d[0] : j + r * d[0];
                        put(out, r, c, rowsOut, columns, cols, cv, src);
                    }
                    colNames[c] = inner == null ? "" : inner.get(j);
                    if (inner != null) anyColName = true;
                    c++;
                }
                if (rowNames == null && outer != null) rowNames = outer.values().clone();
                continue;
            }
            int len = vec.length();
            if (len == 0 && rowsOut > 0) continue;
            if (len > 0 && rowsOut % len != 0) {
                in.warning(call, "number of " + (columns ? "rows" : "columns") + " of result is not a multiple of vector length (arg " + (i + 1) + ")");
            }
            for (int r = 0; r < rowsOut; r++) put(out, r, c, rowsOut, columns, cols, cv, r % Math.max(1, len));
            String tag = tags.get(i);
            if (tag.startsWith("\0")) tag = deparseLevel >= 1 ? tag.substring(1) : "";
            else if (tag.startsWith("\1")) tag = deparseLevel >= 2 ? tag.substring(1) : "";
            colNames[c] = tag;
            if (!tag.isEmpty()) anyColName = true;
            if (rowNames == null && len == rowsOut && vec.names() != null) rowNames = vec.names().values().clone();
            c++;
        }
        out.setAttributeRaw("dim", new IntVector(columns ? new int[] {rowsOut, cols} : new int[] {cols, rowsOut}));
        if (anyColName || rowNames != null) {
            SEXP cn = anyColName ? new StringVector(colNames) : Null.NULL;
            SEXP rn = rowNames != null ? new StringVector(rowNames) : Null.NULL;
            out.setAttributeRaw("dimnames", new ListVector(columns ? new SEXP[] {rn, cn} : new SEXP[] {cn, rn}));
        }
        return out;
    }

    /**
     * The expressions the arguments came from, for names at deparse.level 1 and 2: the call's own
     * arguments, with {@code ...} replaced by the expressions of the promises it holds.
     */
    private static SEXP[] argumentExpressions(Interpreter in, Call call, Environment rho) {
        java.util.List<SEXP> out = new java.util.ArrayList<>();
        for (int i = 0; i < call.argCount(); i++) {
            SEXP a = call.arg(i);
            if (a != Symbol.DOTS) { out.add(a); continue; }
            SEXP d = rho == null ? null : in.findVarRaw(Symbol.DOTS, rho);
            if (!(d instanceof org.rlambda.sexp.Dots)) return null;
            for (SEXP v : ((org.rlambda.sexp.Dots) d).values()) {
                out.add(v instanceof org.rlambda.sexp.Promise ? ((org.rlambda.sexp.Promise) v).expression : v);
            }
        }
        return out.toArray(new SEXP[0]);
    }

    private static void put(Vector out, int r, int c, int rows, boolean columns, int cols, Vector src, int srcIdx) {
        int dst = columns ? r + c * rows : c + r * cols;
        if (out instanceof ListVector) {
            SEXP e = src instanceof ListVector ? ((ListVector) src).get(srcIdx) : src.element(srcIdx);
            e.markShared();
            ((ListVector) out).set(dst, e);
        } else {
            out.setFrom(dst, src, srcIdx);
        }
    }
}

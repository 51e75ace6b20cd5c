package org.rlambda.stats;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.base.Coercion;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * The kernels of model.frame and model.matrix (formula.R): assembling the variables of a
 * model into a data frame, and expanding a model frame into the design matrix with contrasts,
 * interactions and the "assign" attribute. Follows GNU R's modelframe/modelmatrix in
 * src/library/stats/src/model.c; the contrast matrices are computed by the R caller.
 */
public final class ModelFrames {
    private ModelFrames() { }

    public static void register(Builtins b) {
        b.add(".rlambda_modelframe", "rownames, variables, varnames, dots, dotnames",
                (in, call, a, rho) -> frame(in, call, a[0], (ListVector) a[1], (StringVector) a[2], a[3], a[4]));
        b.add(".rlambda_modelmatrix", "factors, intercept, data, contr1, contr2, rhsResponse",
                (in, call, a, rho) -> matrix(in, call, a[0], intInt(a[1]) == 1, (ListVector) a[2], (ListVector) a[3],
                        (ListVector) a[4], intInt(a[5])));
    }

    private static int intInt(SEXP x) {
        if (x instanceof IntVector) return ((IntVector) x).get(0);
        if (x instanceof LogicalVector) return ((LogicalVector) x).get(0);
        return (int) ((DoubleVector) x).get(0);
    }

    static int nrows(SEXP x) {
        if (x instanceof Vector) {
            int[] d = ((Vector) x).dim();
            if (d != null && d.length >= 1) return d[0];
            if (x.inherits("data.frame")) {
                SEXP rn = x.getAttribute("row.names");
                if (rn instanceof IntVector && rn.length() == 2 && ((IntVector) rn).get(0) == IntVector.NA)
                    return Math.abs(((IntVector) rn).get(1));
                return rn == null ? 0 : rn.length();
            }
        }
        return x.length();
    }

    private static int ncols(SEXP x) {
        if (x instanceof Vector) {
            int[] d = ((Vector) x).dim();
            if (d != null && d.length >= 2) return d[1];
        }
        return 1;
    }

    private static SEXP frame(Interpreter in, Call call, SEXP rowNames, ListVector variables, StringVector varnames,
                              SEXP dots, SEXP dotnames) {
        if (variables.length() != varnames.length())
            throw in.errorInCurrentCall("number of variables != number of variable names");
        List<SEXP> cols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < variables.length(); i++) {
            cols.add(variables.get(i));
            names.add(varnames.get(i));
        }
        if (dots instanceof ListVector) {
            ListVector d = (ListVector) dots;
            for (int i = 0; i < d.length(); i++) {
                if (d.get(i) == Null.NULL) continue;
                cols.add(d.get(i));
                names.add("(" + ((StringVector) dotnames).get(i) + ")");
            }
        }
        int nr = 0;
        if (!cols.isEmpty()) {
            nr = nrows(cols.get(0));
            for (int i = 0; i < cols.size(); i++) {
                SEXP v = cols.get(i);
                SexpType t = v.type();
                if (!(t == SexpType.LOGICAL || t == SexpType.INTEGER || t == SexpType.DOUBLE || t == SexpType.COMPLEX
                        || t == SexpType.CHARACTER || t == SexpType.RAW))
                    throw in.errorInCurrentCall("invalid type (" + v.typeName() + ") for variable '" + names.get(i) + "'");
                if (nrows(v) != nr) throw in.errorInCurrentCall("variable lengths differ (found for '" + names.get(i) + "')");
            }
        } else {
            nr = rowNames.length();
        }
        ListVector data = new ListVector(cols.toArray(new SEXP[0]));
        data.setAttributeRaw("names", new StringVector(names.toArray(new String[0])));
        data.setAttributeRaw("class", StringVector.of("data.frame"));
        if (rowNames != Null.NULL && rowNames.length() == nr) data.setAttributeRaw("row.names", rowNames);
        else data.setAttributeRaw("row.names", new IntVector(new int[] {IntVector.NA, nr}));
        return data;
    }

    private static boolean isFactorLike(SEXP v) {
        return v instanceof LogicalVector || v instanceof IntVector && v.inherits("factor");
    }

    private static StringVector columnNames(SEXP x) {
        SEXP dn = x.getAttribute("dimnames");
        if (dn instanceof ListVector && dn.length() >= 2 && ((ListVector) dn).get(1) instanceof StringVector)
            return (StringVector) ((ListVector) dn).get(1);
        return null;
    }

    private static int[] codes(SEXP v) {
        int n = v.length();
        int[] c = new int[n];
        for (int i = 0; i < n; i++) c[i] = v instanceof LogicalVector ? ((LogicalVector) v).get(i) : ((IntVector) v).get(i);
        return c;
    }

    private static SEXP matrix(Interpreter in, Call call, SEXP factorsArg, boolean intercept, ListVector data,
                               ListVector contr1, ListVector contr2, int rhsResponse) {
        int nVar, nterms;
        int[] factors;
        String[] vnames;
        if (factorsArg.length() == 0) {
            nVar = 1;
            nterms = 0;
            factors = new int[0];
            vnames = new String[0];
        } else {
            int[] d = ((Vector) factorsArg).dim();
            nVar = d[0];
            nterms = d[1];
            factors = codes(Coercion.to(in, factorsArg, SexpType.INTEGER));
            vnames = ((StringVector) ((ListVector) factorsArg.getAttribute("dimnames")).get(0)).values();
        }
        if (data.length() < nVar) throw in.error(call, "invalid model frame");
        if (data.length() == 0) throw in.error(call, "do not know how many cases");
        int n = nrows(data.get(0));
        SEXP[] variable = new SEXP[nVar];
        boolean[] isFactor = new boolean[nVar];
        for (int i = 0; i < nVar; i++) {
            SEXP v = data.get(i);
            if (nrows(v) != n) throw in.error(call, "variable lengths differ (found for variable " + i + ")");
            isFactor[i] = isFactorLike(v);
            if (!isFactor[i] && v.type() == SexpType.INTEGER) {
                SEXP d = Coercion.to(in, v, SexpType.DOUBLE);
                if (d != v) d.copyAttributesFrom(v);
                v = d;
            }
            variable[i] = v;
        }
        int[] count = new int[nterms];
        double dnc = intercept ? 1 : 0;
        for (int j = 0; j < nterms; j++) {
            if (j == rhsResponse) {
                in.warning(call, "the response appeared on the right-hand side and was dropped");
                continue;
            }
            double dk = 1;
            for (int i = 0; i < nVar; i++) {
                int f = factors[i + j * nVar];
                if (f == 0) continue;
                if (isFactor[i]) dk *= ncols(f == 1 ? contr1.get(i) : contr2.get(i));
                else dk *= ncols(variable[i]);
            }
            if (dk > Integer.MAX_VALUE) throw in.error(call, "term " + (j + 1) + " would require " + dk + " columns");
            count[j] = (int) dk;
            dnc += dk;
        }
        int nc = (int) dnc;
        int[] assign = new int[nc];
        String[] xnames = new String[nc];
        int k = 0;
        if (intercept) {
            xnames[0] = "(Intercept)";
            assign[k++] = 0;
        }
        for (int j = 0; j < nterms; j++) {
            if (count[j] <= 0 && j != rhsResponse)
                in.warning(call, "problem with term " + (j + 1) + " in model.matrix: no columns are assigned");
            for (int kk = 0; kk < count[j]; kk++) {
                assign[k] = j + 1;
                StringBuilder sb = new StringBuilder();
                int indx = kk;
                for (int i = 0; i < nVar; i++) {
                    int f = factors[i + j * nVar];
                    if (f == 0) continue;
                    if (sb.length() > 0) sb.append(':');
                    SEXP v = variable[i];
                    int ll;
                    StringVector cn;
                    if (isFactor[i]) {
                        SEXP cm = f == 1 ? contr1.get(i) : contr2.get(i);
                        cn = columnNames(cm);
                        ll = ncols(cm);
                        sb.append(vnames[i]);
                        sb.append(cn == null ? String.valueOf(indx % ll + 1) : cn.get(indx % ll));
                    } else if (v.type() == SexpType.COMPLEX) {
                        throw in.error(call, "complex variables are not currently allowed in model matrices");
                    } else if (v.type() == SexpType.DOUBLE) {
                        cn = columnNames(v);
                        ll = ncols(v);
                        sb.append(vnames[i]);
                        if (ll > 1) sb.append(cn == null ? String.valueOf(indx % ll + 1) : cn.get(indx % ll));
                    } else {
                        throw in.error(call, "variables of type '" + v.typeName() + "' are not allowed in model matrices");
                    }
                    indx /= ll;
                }
                xnames[k++] = sb.toString();
            }
        }
        double[] x = new double[n * nc];
        int jstart = intercept ? 1 : 0, jnext = jstart;
        if (intercept) java.util.Arrays.fill(x, 0, n, 1.0);
        for (int t = 0; t < nterms; t++) {
            if (t == rhsResponse) continue;
            for (int i = 0; i < nVar; i++) {
                int f = factors[i + t * nVar];
                if (f == 0 || ncols(variable[i]) == 0) continue;
                int width = jnext - jstart;
                if (isFactor[i]) {
                    SEXP cm = f == 1 ? contr1.get(i) : contr2.get(i);
                    double[] c = ((DoubleVector) Coercion.to(in, cm, SexpType.DOUBLE)).values();
                    int nrc = nrows(cm), ncc = ncols(cm);
                    int[] v = codes(variable[i]);
                    int adj = variable[i] instanceof LogicalVector ? 1 : 0;
                    if (width == 0) {
                        for (int jj = 0; jj < ncc; jj++) {
                            int off = (jstart + jj) * n;
                            for (int r = 0; r < n; r++)
                                x[off + r] = v[r] == IntVector.NA ? DoubleVector.NA : c[v[r] - 1 + adj + jj * nrc];
                        }
                        jnext += ncc;
                    } else {
                        for (int kk = ncc - 1; kk >= 0; kk--) {
                            for (int jj = 0; jj < width; jj++) {
                                int src = (jstart + jj) * n, dst = (jstart + kk * width + jj) * n;
                                for (int r = 0; r < n; r++)
                                    x[dst + r] = v[r] == IntVector.NA ? DoubleVector.NA : c[v[r] - 1 + adj + kk * nrc] * x[src + r];
                            }
                        }
                        jnext += width * (ncc - 1);
                    }
                } else {
                    double[] c = ((DoubleVector) variable[i]).values();
                    int ncc = ncols(variable[i]);
                    if (width == 0) {
                        for (int jj = 0; jj < ncc; jj++) System.arraycopy(c, jj * n, x, (jstart + jj) * n, n);
                        jnext += ncc;
                    } else {
                        for (int kk = ncc - 1; kk >= 0; kk--) {
                            for (int jj = 0; jj < width; jj++) {
                                int src = (jstart + jj) * n, dst = (jstart + kk * width + jj) * n;
                                for (int r = 0; r < n; r++) x[dst + r] = c[kk * n + r] * x[src + r];
                            }
                        }
                        jnext += width * (ncc - 1);
                    }
                }
            }
            jstart = jnext;
        }
        DoubleVector ans = new DoubleVector(x);
        ans.setAttributeRaw("dim", new IntVector(new int[] {n, nc}));
        SEXP rn = data.getAttribute("row.names");
        SEXP rowNames = Null.NULL;
        if (rn instanceof StringVector) rowNames = rn;
        else if (rn instanceof IntVector && !(rn.length() == 2 && ((IntVector) rn).get(0) == IntVector.NA))
            rowNames = Coercion.to(in, rn, SexpType.CHARACTER);
        else if (rn instanceof IntVector) {
            String[] s = new String[n];
            for (int r = 0; r < n; r++) s[r] = String.valueOf(r + 1);
            rowNames = new StringVector(s);
        }
        ans.setAttributeRaw("dimnames", ListVector.of(rowNames, new StringVector(xnames)));
        ans.setAttributeRaw("assign", new IntVector(assign));
        return ans;
    }

}

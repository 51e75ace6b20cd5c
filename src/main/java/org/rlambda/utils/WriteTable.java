package org.rlambda.utils;

import org.rlambda.eval.Interpreter;
import org.rlambda.format.AsCharacter;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/**
 * The text write.table() writes for a data frame or matrix: numbers with up to 15
 * significant digits, character and factor columns quoted (quote = TRUE) with embedded
 * quotes escaped by a backslash or doubled (qmethod), NA as {@code na} and never quoted,
 * an optional row-name column and header line (col.names = NA adds an empty name for the
 * row-name column, as write.csv does). Other classed columns (dates, times) are written
 * as as.character() gives them, unquoted.
 */
public final class WriteTable {
    private WriteTable() { }

    /** The evaluated arguments of write.table that shape the text. */
    public static final class Args {
        public SEXP quote;
        public String sep = " ";
        public String eol = "\n";
        public String na = "NA";
        public String dec = ".";
        public SEXP rowNames;
        public SEXP colNames;
        public boolean qmethodDouble;
    }

    public static String format(Interpreter in, Environment rho, SEXP x, Args a) {
        Vector[] columns;
        String[] names;
        String[] rowLabels;
        boolean[] quotable;
        int nr;
        if (x instanceof ListVector && x.inherits("data.frame")) {
            ListVector df = (ListVector) x;
            int nc = df.length();
            columns = new Vector[nc];
            quotable = new boolean[nc];
            StringVector nm = df.names();
            names = new String[nc];
            for (int j = 0; j < nc; j++) {
                SEXP c = df.get(j);
                names[j] = nm == null ? "V" + (j + 1) : nm.get(j);
                quotable[j] = c instanceof StringVector || c.inherits("factor");
                columns[j] = asWritable(in, rho, c);
            }
            rowLabels = rowNames(df.getAttribute("row.names"));
            nr = rowLabels.length;
        } else {
            Vector v = (Vector) x;
            int[] dim = v.dim();
            nr = dim[0];
            int nc = dim[1];
            columns = new Vector[nc];
            quotable = new boolean[nc];
            names = new String[nc];
            SEXP dn = v.getAttribute("dimnames");
            StringVector rn = null, cn = null;
            if (dn instanceof ListVector) {
                SEXP r0 = ((ListVector) dn).get(0), c0 = ((ListVector) dn).get(1);
                if (r0 instanceof StringVector) rn = (StringVector) r0;
                if (c0 instanceof StringVector) cn = (StringVector) c0;
            }
            Vector plain = asWritable(in, rho, stripped(v));
            for (int j = 0; j < nc; j++) {
                Vector col = plain.alloc(nr);
                for (int i = 0; i < nr; i++) col.setFrom(i, plain, j * nr + i);
                columns[j] = col;
                quotable[j] = v instanceof StringVector;
                names[j] = cn == null ? "V" + (j + 1) : cn.get(j);
            }
            rowLabels = new String[nr];
            for (int i = 0; i < nr; i++) rowLabels[i] = rn == null ? Integer.toString(i + 1) : rn.get(i);
        }
        int nc = columns.length;
        boolean[] quoteCol = new boolean[nc];
        boolean quoteNames;
        if (a.quote instanceof LogicalVector) {
            quoteNames = ((LogicalVector) a.quote).length() > 0 && ((LogicalVector) a.quote).get(0) == 1;
            if (quoteNames) System.arraycopy(quotable, 0, quoteCol, 0, nc);
        } else if (a.quote instanceof IntVector || a.quote instanceof DoubleVector) {
            Vector q = (Vector) a.quote;
            quoteNames = true;
            for (int i = 0; i < q.length(); i++) {
                double d = q instanceof IntVector ? ((IntVector) q).get(i) : ((DoubleVector) q).get(i);
                if (!(d >= 1 && d <= nc)) throw in.errorInCurrentCall("invalid numbers in 'quote'");
                quoteCol[(int) d - 1] = true;
            }
        } else {
            throw in.errorInCurrentCall("invalid 'quote' specification");
        }

        boolean writeRowNames;
        if (a.rowNames instanceof LogicalVector) writeRowNames = ((LogicalVector) a.rowNames).get(0) == 1;
        else {
            writeRowNames = true;
            rowLabels = AsCharacter.of((Vector) a.rowNames);
            if (rowLabels.length != nr) throw in.errorInCurrentCall("invalid 'row.names' specification");
        }
        StringBuilder sb = new StringBuilder(64 + nr * (nc + 1) * 8);
        boolean header;
        boolean emptyFirst = false;
        if (a.colNames instanceof LogicalVector) {
            int c = ((LogicalVector) a.colNames).get(0);
            header = c != 0;
            emptyFirst = c == LogicalVector.NA;
            if (emptyFirst && !writeRowNames) throw in.errorInCurrentCall("'col.names = NA' makes no sense when 'row.names = FALSE'");
        } else {
            header = true;
            names = AsCharacter.of((Vector) a.colNames);
            if (names.length != nc) throw in.errorInCurrentCall("invalid 'col.names' specification");
        }
        // a matrix without columns has no column names to write (GNU R's dimnames are NULL then)
        if (header && nc == 0 && !emptyFirst && !(x instanceof ListVector) && a.colNames instanceof LogicalVector) header = false;
        if (header && nc == 0 && !emptyFirst) {
            // paste0 of the quotes around no names gives one empty quoted name
            sb.append(quoteNames ? "\"\"" : "").append(a.eol);
            header = false;
        }
        if (header) {
            boolean firstField = true;
            if (emptyFirst) {
                sb.append(quoteNames ? "\"\"" : "");
                firstField = false;
            }
            for (int j = 0; j < nc; j++) {
                if (!firstField) sb.append(a.sep);
                firstField = false;
                appendString(sb, names[j], quoteNames, a);
            }
            sb.append(a.eol);
        }
        for (int i = 0; i < nr; i++) {
            if (writeRowNames) {
                appendString(sb, rowLabels[i], quoteNames, a);
                sb.append(a.sep);
            }
            for (int j = 0; j < nc; j++) {
                if (j > 0) sb.append(a.sep);
                appendCell(sb, columns[j], i, quoteCol[j], a);
            }
            sb.append(a.eol);
        }
        return sb.toString();
    }

    private static Vector stripped(Vector v) {
        Vector c = v.copy();
        c.setAttributes(null);
        return c;
    }

    /** Factors become their labels; other classed columns what as.character() gives. */
    private static Vector asWritable(Interpreter in, Environment rho, SEXP c) {
        if (c.inherits("factor")) {
            IntVector f = (IntVector) c;
            StringVector lev = (StringVector) f.getAttribute("levels");
            String[] s = new String[f.length()];
            for (int i = 0; i < s.length; i++) s[i] = f.get(i) == IntVector.NA ? StringVector.NA : lev.get(f.get(i) - 1);
            return new StringVector(s);
        }
        if (c.isObject()) {
            SEXP f = in.findFunction(Symbol.get("as.character"), rho);
            SEXP r = in.callFunction(f, new SEXP[] {c}, null, rho, Call.of("as.character", Symbol.get("x")));
            return (Vector) r;
        }
        return (Vector) c;
    }

    /** Row names as strings: the compact form c(NA, -n) stands for 1..n. */
    public static String[] rowNames(SEXP rn) {
        if (rn instanceof IntVector) {
            IntVector iv = (IntVector) rn;
            if (iv.length() == 2 && iv.get(0) == IntVector.NA) {
                int n = Math.abs(iv.get(1));
                String[] r = new String[n];
                for (int i = 0; i < n; i++) r[i] = Integer.toString(i + 1);
                return r;
            }
            return AsCharacter.of(iv);
        }
        if (rn instanceof Vector) return AsCharacter.of((Vector) rn);
        return new String[0];
    }

    private static void appendCell(StringBuilder sb, Vector v, int i, boolean quote, Args a) {
        if (v instanceof StringVector) {
            String s = ((StringVector) v).get(i);
            if (s == StringVector.NA) sb.append(a.na);
            else appendString(sb, s, quote, a);
        } else if (v instanceof DoubleVector) {
            double d = ((DoubleVector) v).get(i);
            if (Double.isNaN(d)) sb.append(a.na); // NaN too, as GNU R writes it
            else number(sb, AsCharacter.of(d), a);
        } else if (v instanceof IntVector) {
            int k = ((IntVector) v).get(i);
            sb.append(k == IntVector.NA ? a.na : Integer.toString(k));
        } else if (v instanceof LogicalVector) {
            int k = ((LogicalVector) v).get(i);
            sb.append(k == LogicalVector.NA ? a.na : (k != 0 ? "TRUE" : "FALSE"));
        } else if (v instanceof ComplexVector) {
            ComplexVector c = (ComplexVector) v;
            String s = AsCharacter.ofComplex(c.re(i), c.im(i));
            if (s == StringVector.NA) sb.append(a.na);
            else number(sb, s, a);
        } else if (v instanceof ListVector) {
            SEXP e = ((ListVector) v).get(i);
            String[] s = e instanceof Vector ? AsCharacter.of((Vector) e) : new String[] {""};
            appendString(sb, String.join(", ", s), quote, a);
        } else {
            sb.append(AsCharacter.of(v)[i]);
        }
    }

    private static void number(StringBuilder sb, String s, Args a) {
        sb.append(a.dec.equals(".") ? s : s.replace(".", a.dec));
    }

    private static void appendString(StringBuilder sb, String s, boolean quote, Args a) {
        if (!quote) {
            sb.append(s);
            return;
        }
        sb.append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '"') sb.append(a.qmethodDouble ? "\"\"" : "\\\"");
            else sb.append(c);
        }
        sb.append('"');
    }
}

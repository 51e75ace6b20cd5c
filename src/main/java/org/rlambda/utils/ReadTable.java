package org.rlambda.utils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Context;
import org.rlambda.eval.Interpreter;
import org.rlambda.parse.Parser;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Symbol;
import org.rlambda.sexp.Vector;

/**
 * The body of read.table(): from the text of a file to a data frame. The R closure
 * (utils.R) opens the file or text and hands the whole text here; this class follows GNU R's
 * read.table steps (header detection from the first five lines, a row-names column when the
 * header is one field short, fill, colClasses, type.convert, row.names, check.names) with
 * GNU R's messages. Errors GNU R raises inside scan() are reported from a scan(...) frame.
 */
public final class ReadTable {
    private ReadTable() { }

    /** The arguments of read.table, already evaluated. */
    public static final class Args {
        public String text;
        public String description;
        public boolean header;
        public boolean headerGiven;
        public CsvParser.Options parse = new CsvParser.Options();
        public char dec = '.';
        public SEXP rowNames;          // null when missing, R NULL for numbering
        /** numerals: 0 allow.loss, 1 warn.loss, 2 no.loss. */
        public int numerals;
        public String[] colNames;      // null when missing
        public SEXP asIs;
        public Set<String> naStrings = new HashSet<>(List.of("NA"));
        public SEXP colClasses;        // may be a logical NA
        public int nrows = -1;
        public int skip;
        public boolean checkNames = true;
        public boolean fill;
        public boolean blankLinesSkip = true;
        public boolean flush;
        /** Read from a file whose last line has no newline. */
        public boolean incompleteFile;
    }

    /** The scan() that reads the first line in GNU R's read.table. */
    static final String FIRST_SCAN_CALL = "scan(file, what = \"\", sep = sep, quote = quote, nlines = 1, quiet = TRUE, "
            + "skip = 0, strip.white = TRUE, blank.lines.skip = blank.lines.skip, na.strings = character(0), "
            + "comment.char = comment.char, allowEscapes = allowEscapes, encoding = encoding, skipNul = skipNul)";

    /** The scan() that reads the data in GNU R's read.table. */
    static final String SCAN_CALL = "scan(file = file, what = what, sep = sep, quote = quote, dec = dec, "
            + "nmax = nrows, skip = 0, na.strings = na.strings, quiet = TRUE, fill = fill, strip.white = strip.white, "
            + "blank.lines.skip = blank.lines.skip, multi.line = FALSE, comment.char = comment.char, "
            + "allowEscapes = allowEscapes, flush = flush, encoding = encoding, skipNul = skipNul)";

    public static ListVector read(Interpreter in, Environment rho, Args a) {
        CsvParser p = new CsvParser(a.text, a.parse);
        p.skipLines(a.skip);
        List<String[]> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int firstLine = -1;
        String[] r;
        // the header line (first non-blank line)
        while ((r = p.next()) != null) {
            if (r.length == 0 && a.blankLinesSkip) continue;
            records.add(r);
            lines.add(p.recordLine);
            firstLine = p.recordLine;
            break;
        }
        if (records.isEmpty()) throw in.errorInCurrentCall("no lines available in input");
        if (p.eofInQuote) throw incompleteHeader(in, a);
        int limit = a.nrows <= 0 ? Integer.MAX_VALUE : a.nrows;
        while ((r = p.next()) != null) {
            if (r.length == 0 && a.blankLinesSkip) continue;
            if (records.size() < 5 && p.eofInQuote) throw incompleteHeader(in, a);
            records.add(r);
            lines.add(p.recordLine);
            // one more than nrows so the header decision below can see it either way
            if (records.size() > limit + 1 && records.size() >= 5) break;
        }
        // readTableHeader reads the first 5 lines (fewer with nrows) and warns when the input ends without a newline there
        int headLines = a.nrows < 0 ? 5 : Math.min(5, (a.header ? 1 : 0) + a.nrows);
        if (a.incompleteFile && p.atEnd() && records.size() <= headLines) {
            in.warning(in.currentCall(), "incomplete final line found by readTableHeader on '" + a.description + "'");
        }
        // the first line read for column names is white-space stripped; as data it stays as it is
        String[] first = records.get(0).clone();
        for (int i = 0; i < first.length; i++) first[i] = first[i].strip();
        int col1 = a.colNames != null ? a.colNames.length : first.length;
        int col = 0;
        // GNU R counts the fields of the header lines after the first (the first sets col1 alone)
        for (int i = 1; i < Math.min(headLines, records.size()); i++) col = Math.max(col, records.get(i).length);
        int cols = Math.max(col1, col);
        boolean rlabp = cols - col1 == 1;
        boolean header = a.header;
        if (rlabp && !a.headerGiven) header = true;
        if (!header) rlabp = false;
        String[] colNames;
        if (header) {
            if (a.colNames == null) colNames = first;
            else {
                if (first.length != a.colNames.length) in.warning(in.currentCall(), "header and 'col.names' are of different lengths");
                colNames = a.colNames;
            }
        } else if (a.colNames == null) {
            colNames = new String[cols];
            for (int i = 0; i < cols; i++) colNames[i] = "V" + (i + 1);
        } else colNames = a.colNames;
        if (colNames.length + (rlabp ? 1 : 0) < cols) throw in.errorInCurrentCall("more columns than column names");
        if (a.fill && colNames.length > cols) cols = colNames.length;
        if (!a.fill && cols > 0 && colNames.length > cols) throw in.errorInCurrentCall("more column names than columns");
        if (cols == 0) throw in.errorInCurrentCall("first five rows are empty: giving up");
        if (a.checkNames) {
            // make.names is the strings topic's builtin: call it as read.table does
            SEXP f = in.findFunction(Symbol.get("make.names"), in.baseEnv);
            SEXP r0 = in.callFunction(f, new SEXP[] {new StringVector(colNames), LogicalVector.TRUE},
                    new String[] {"", "unique"}, rho, Call.of("make.names", Symbol.get("col.names")));
            colNames = ((StringVector) r0).values().clone();
        }
        if (rlabp) {
            String[] c = new String[colNames.length + 1];
            c[0] = "row.names";
            System.arraycopy(colNames, 0, c, 1, colNames.length);
            colNames = c;
        }

        int dataFrom = header ? 1 : 0;
        int lineBase = header ? firstLine : firstLine - 1;
        List<String[]> rows = new ArrayList<>(Math.max(16, records.size()));
        for (int i = dataFrom; i < records.size() && rows.size() < limit; i++) {
            addRow(in, rows, records.get(i), lines.get(i) - lineBase, cols, a, limit);
        }
        if (rows.size() < limit) {
            while ((r = p.next()) != null) {
                if (r.length == 0 && a.blankLinesSkip) continue;
                addRow(in, rows, r, p.recordLine - lineBase, cols, a, limit);
                if (rows.size() >= limit) break;
            }
        }
        if (p.eofInQuote) in.warning((Call) Parser.parseAll(SCAN_CALL).get(0), "EOF within quoted string");
        int nr = rows.size();
        String[][] columns = new String[cols][nr];
        for (int i = 0; i < nr; i++) {
            String[] row = rows.get(i);
            for (int j = 0; j < cols; j++) columns[j][i] = row[j];
        }
        return build(in, rho, a, colNames, columns, nr, rlabp);
    }

    private static org.rlambda.eval.RError incompleteHeader(Interpreter in, Args a) {
        return in.errorInCurrentCall("incomplete final line found by readTableHeader on '" + a.description + "'");
    }

    /** One record as a row of {@code cols} fields: short ones padded (fill), long ones wrapped (fill) or cut (flush). */
    private static void addRow(Interpreter in, List<String[]> rows, String[] r, int line, int cols, Args a, int limit) {
        if (r.length == 0) {
            // a blank line kept (blank.lines.skip = FALSE) is a row of missing values
            String[] row = new String[cols];
            Arrays.fill(row, "");
            rows.add(row);
            return;
        }
        if (r.length == cols) {
            rows.add(r);
            return;
        }
        if (r.length > cols && a.flush) {
            rows.add(Arrays.copyOf(r, cols));
            return;
        }
        if (!a.fill) throw scanError(in, "line " + line + " did not have " + cols + " elements");
        for (int from = 0; from < r.length && rows.size() < limit; from += cols) {
            String[] row = new String[cols];
            for (int j = 0; j < cols; j++) row[j] = from + j < r.length ? r[from + j] : "";
            rows.add(row);
        }
    }

    /** An error GNU R raises inside read.table's scan() call: reported from a scan(...) frame. */
    static RuntimeException scanError(Interpreter in, String message) {
        return scanError(in, SCAN_CALL, message);
    }

    static RuntimeException scanError(Interpreter in, String scanCall, String message) {
        Call scan = (Call) Parser.parseAll(scanCall).get(0);
        // scan is a closure in GNU R: its frame shows in the "Calls:" line (read.table -> scan)
        SEXP fn = in.findFunction(Symbol.get("scan"), in.baseEnv);
        Context ctx = in.pushContext(scan, fn, new Environment(in.baseEnv, 1), in.globalEnv);
        try {
            return in.error(scan, message);
        } finally {
            in.popContext(ctx);
        }
    }

    private static ListVector build(Interpreter in, Environment rho, Args a, String[] colNames, String[][] columns, int nr, boolean rlabp) {
        int cols = columns.length;
        String[] classes = colClasses(in, a.colClasses, colNames, cols, rlabp);
        boolean[] asIs = asIs(in, a.asIs, colNames, cols, rlabp);
        List<SEXP> values = new ArrayList<>();
        List<String> names = new ArrayList<>();
        SEXP rowNames = null;
        for (int j = 0; j < cols; j++) {
            String cls = classes[j];
            if ("NULL".equals(cls)) continue;
            // the row-label column is not type-converted: its labels stay as read
            SEXP v = j == 0 && rlabp && cls == null ? labels(columns[j], a) : convertColumn(in, rho, columns[j], cls, asIs[j], a);
            v.markShared();
            values.add(v);
            names.add(colNames[j]);
        }
        if (a.rowNames == null) {
            if (rlabp) {
                rowNames = asRowNames(values.get(0));
                values.remove(0);
                names.remove(0);
            }
        } else if (a.rowNames == Null.NULL) {
            rowNames = null;
        } else if (a.rowNames instanceof StringVector && a.rowNames.length() == 1) {
            String rn = ((StringVector) a.rowNames).get(0);
            int idx = names.indexOf(rn);
            if (idx < 0) throw in.errorInCurrentCall("attempt to select less than one element in get1index");
            rowNames = asRowNames(values.remove(idx));
            names.remove(idx);
        } else if ((a.rowNames instanceof DoubleVector || a.rowNames instanceof IntVector) && a.rowNames.length() == 1) {
            int idx = Coerce.intElement((Vector) a.rowNames, 0, null) - 1;
            if (idx < 0 || idx >= values.size()) throw in.errorInCurrentCall("subscript out of bounds");
            rowNames = asRowNames(values.remove(idx));
            names.remove(idx);
        } else if (a.rowNames instanceof StringVector) {
            Vector rn = (Vector) a.rowNames;
            if (rn.length() != nr) throw in.errorInCurrentCall("invalid 'row.names' length");
            rowNames = rn;
        } else {
            throw in.errorInCurrentCall("invalid 'row.names' specification");
        }
        if (rowNames != null) {
            // GNU R checks duplicates before missing values, over the whole vector
            Vector rn = (Vector) rowNames;
            Set<Object> seen = new HashSet<>();
            boolean anyNA = false;
            for (int i = 0; i < rn.length(); i++) {
                Object key = rn instanceof StringVector ? ((StringVector) rn).get(i) : (Object) ((IntVector) rn).get(i);
                if (key == StringVector.NA) key = NA_KEY;
                if (!seen.add(key)) throw in.errorInCurrentCall("duplicate 'row.names' are not allowed");
                anyNA |= key == NA_KEY || (key instanceof Integer && (Integer) key == IntVector.NA);
            }
            if (anyNA) throw in.errorInCurrentCall("missing values in 'row.names' are not allowed");
        }
        ListVector df = new ListVector(values.toArray(new SEXP[0]));
        df.setAttributeRaw("names", new StringVector(names.toArray(new String[0])));
        df.setAttributeRaw("class", StringVector.of("data.frame"));
        df.setAttributeRaw("row.names", rowNames != null ? rowNames : compactRowNames(nr));
        return df;
    }

    /** Stands for NA_character_ among row names (distinct from the string "NA"). */
    private static final Object NA_KEY = new Object();

    /** The row-label column as character, the na.strings missing. */
    private static StringVector labels(String[] x, Args a) {
        String[] s = new String[x.length];
        for (int i = 0; i < x.length; i++) s[i] = a.naStrings.contains(x[i]) ? StringVector.NA : x[i];
        return new StringVector(s);
    }

    /** GNU R's compact row names c(NA_integer_, -n) for 1..n. */
    public static IntVector compactRowNames(int n) {
        return IntVector.of(IntVector.NA, -n);
    }

    private static SEXP asRowNames(SEXP column) {
        if (column instanceof IntVector && !column.isObject()) return column;
        if (column instanceof StringVector) return column;
        if (column.inherits("factor")) {
            IntVector f = (IntVector) column;
            StringVector lev = (StringVector) f.getAttribute("levels");
            String[] s = new String[f.length()];
            for (int i = 0; i < s.length; i++) s[i] = f.get(i) == IntVector.NA ? StringVector.NA : lev.get(f.get(i) - 1);
            return new StringVector(s);
        }
        return new StringVector(org.rlambda.format.AsCharacter.of((Vector) column));
    }

    /** colClasses per column: a vector recycled over the columns, or named to pick columns; null = automatic. */
    private static String[] colClasses(Interpreter in, SEXP spec, String[] colNames, int cols, boolean rlabp) {
        String[] r = new String[cols];
        if (!(spec instanceof Vector) || spec.length() == 0) return r;
        Vector v = (Vector) spec;
        if (v instanceof LogicalVector) return r;
        String[] s = org.rlambda.format.AsCharacter.of(v);
        StringVector names = v.names();
        if (names != null) {
            boolean missing = false;
            for (int i = 0; i < s.length; i++) {
                boolean found = false;
                for (int j = 0; j < cols; j++) {
                    if (colNames[j].equals(names.get(i))) {
                        if (!found) r[j] = na(s[i]);
                        found = true;
                    }
                }
                missing |= !found;
            }
            if (missing) in.warning(in.currentCall(), "not all columns named in 'colClasses' exist");
            return r;
        }
        for (int j = 0; j < cols; j++) r[j] = na(s[j % s.length]);
        return r;
    }

    private static String na(String s) { return s == StringVector.NA ? null : s; }

    /** as.is per column: a logical vector recycled, or column numbers/names that stay character. */
    private static boolean[] asIs(Interpreter in, SEXP spec, String[] colNames, int cols, boolean rlabp) {
        boolean[] r = new boolean[cols];
        if (spec instanceof LogicalVector) {
            LogicalVector l = (LogicalVector) spec;
            if (l.length() == 0) return r;
            for (int j = 0; j < cols; j++) r[j] = l.get(j % l.length()) != 0;
            return r;
        }
        if (spec instanceof StringVector) {
            boolean missing = false;
            for (String s : ((StringVector) spec).values()) {
                int j = java.util.Arrays.asList(colNames).indexOf(s);
                if (j >= 0) r[j] = true;
                else missing = true;
            }
            if (missing) in.warning(in.currentCall(), "not all columns named in 'as.is' exist");
            return r;
        }
        if (spec instanceof IntVector || spec instanceof DoubleVector) {
            Vector v = (Vector) spec;
            // column numbers count the row-label column too, as in GNU R
            for (int i = 0; i < v.length(); i++) {
                int k = Coerce.intElement(v, i, null) - 1;
                if (k < 0 || k >= cols) throw in.errorInCurrentCall("invalid numeric 'as.is' expression");
                r[k] = true;
            }
        }
        return r;
    }

    private static SEXP convertColumn(Interpreter in, Environment rho, String[] x, String cls, boolean asIs, Args a) {
        if (cls == null) {
            String[] loss = new String[1];
            Vector v = TypeConvert.convert(x, a.naStrings, asIs, a.dec, a.numerals, loss);
            if (loss[0] != null) {
                // read.table converts each column with type.convert: the warning names that call
                in.warning((Call) Parser.parseAll("type.convert.default(data[[i]], as.is = as.is[i], dec = dec, "
                        + "numerals = numerals, na.strings = character(0L))").get(0), lossMessage(loss[0]));
            }
            return v;
        }
        String[] s = new String[x.length];
        for (int i = 0; i < x.length; i++) s[i] = a.naStrings.contains(x[i]) ? StringVector.NA : x[i];
        switch (cls) {
            case "character":
                return new StringVector(s);
            case "factor":
                return TypeConvert.factor(s);
            case "numeric":
            case "double":
                return typed(in, s, "a real", a.dec, 'd');
            case "integer":
                return typed(in, s, "an integer", a.dec, 'i');
            case "logical":
                return typed(in, s, "a logical", a.dec, 'l');
            case "complex": {
                Vector v = TypeConvert.convert(s, a.naStrings, true, a.dec);
                if (v instanceof StringVector) throw scanError(in, "scan() expected 'a complex', got '" + firstBad(s) + "'");
                return Coerce.coerce(v, org.rlambda.sexp.SexpType.COMPLEX, null);
            }
            case "Date":
            case "POSIXct": {
                // read.table calls as.Date / as.POSIXct on the character column
                SEXP f = in.findFunction(Symbol.get("as." + cls), in.baseEnv);
                return in.callFunction(f, new SEXP[] {new StringVector(s)}, null, rho,
                        (Call) Parser.parseAll("as." + cls + "(data[[i]])").get(0));
            }
            default: {
                // GNU R hands other classes to methods::as(), which knows no conversion to them here
                Call asCall = (Call) Parser.parseAll("methods::as(data[[i]], colClasses[i])").get(0);
                Context ctx = in.pushContext(asCall, in.findFunction(Symbol.get("identity"), in.baseEnv),
                        new Environment(in.baseEnv, 1), rho);
                try {
                    throw in.error(asCall, "no method or default for coercing \u201ccharacter\u201d to \u201c" + cls + "\u201d");
                } finally {
                    in.popContext(ctx);
                }
            }
        }
    }

    static String lossMessage(String s) {
        return "accuracy loss in conversion from \"" + s + "\" to numeric";
    }

    private static String firstBad(String[] s) {
        for (String x : s) if (x != StringVector.NA && !TypeConvert.isBlank(x)) return x;
        return "";
    }

    /** A column read with an explicit basic class: every non-blank field must parse, as scan() insists. */
    private static Vector typed(Interpreter in, String[] s, String what, char dec, char kind) {
        int n = s.length;
        Set<String> none = Set.of();
        if (kind == 'd') {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                if (s[i] == StringVector.NA || TypeConvert.isBlank(s[i])) { v[i] = DoubleVector.NA; continue; }
                Vector one = TypeConvert.convert(new String[] {s[i]}, none, true, dec);
                if (one instanceof StringVector || one instanceof ComplexVector) throw scanError(in, "scan() expected '" + what + "', got '" + s[i] + "'");
                v[i] = Coerce.doubleElement(one, 0, null);
            }
            return new DoubleVector(v);
        }
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            if (s[i] == StringVector.NA || TypeConvert.isBlank(s[i])) { v[i] = IntVector.NA; continue; }
            if (kind == 'i') {
                long p = TypeConvert.parseInt(s[i]);
                if (p == Long.MIN_VALUE) throw scanError(in, "scan() expected '" + what + "', got '" + s[i] + "'");
                v[i] = (int) p;
            } else {
                int b = Coerce.stringToLogical(s[i].strip());
                if (b == LogicalVector.NA && !s[i].strip().equals("NA")) {
                    throw scanError(in, "scan() expected '" + what + "', got '" + s[i] + "'");
                }
                v[i] = b;
            }
        }
        return kind == 'i' ? new IntVector(v) : new LogicalVector(v);
    }
}

package org.rlambda.utils;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.ComplexVector;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * The body of scan(): reads fields from text into a vector of the type of {@code what}, or,
 * when {@code what} is a list, into records whose fields go to the list's components in turn.
 * The R closure (utils.R) has GNU R's signature, opens the file or text and hands the lines
 * here as {@code .scan}; errors name the closure's call as GNU R's .Internal(scan()) does.
 * Semantics checked against GNU R 4.2.2: records flow across lines unless
 * {@code multi.line = FALSE}; a record left short at a line end (fill) or at the end of the
 * input is padded with empty fields; {@code nmax} records are counted at line ends only.
 */
public final class Scan {
    private Scan() { }

    /** The arguments of scan(), already evaluated. */
    static final class Args {
        String text;
        SEXP what;
        int nmax;
        int nlines;
        int skip;
        CsvParser.Options parse = new CsvParser.Options();
        char dec = '.';
        Set<String> naStrings;
        boolean flush;
        boolean fill;
        boolean quiet;
        boolean blankLinesSkip;
        boolean multiLine;
    }

    public static void register(Builtins b) {
        b.add(".scan", "text, what, nmax, sep, dec, quote, skip, nlines, na.strings, flush, fill, strip.white, quiet, "
                + "blank.lines.skip, multi.line, comment.char, allowEscapes", (in, call, a, rho) -> {
                    Args s = new Args();
                    s.text = CsvBuiltins.joinLines(a[0]);
                    s.what = a[1] == null ? DoubleVector.EMPTY : a[1];
                    s.nmax = count(a[2]);
                    String sep = CsvBuiltins.string(a[3], "");
                    if (sep == StringVector.NA || sep.length() > 1) throw in.errorInCurrentCall("invalid 'sep' value: must be one byte");
                    s.parse.sep = sep.isEmpty() ? 0 : sep.charAt(0);
                    String dec = CsvBuiltins.string(a[4], ".");
                    if (dec == StringVector.NA || dec.length() != 1) throw in.errorInCurrentCall("invalid decimal separator: must be one byte");
                    s.dec = dec.charAt(0);
                    s.parse.quote = a[5] instanceof StringVector && a[5].length() > 0 ? ((StringVector) a[5]).get(0) : "";
                    s.skip = Math.max(0, count(a[6]));
                    s.nlines = count(a[7]);
                    s.naStrings = CsvBuiltins.stringSet(a[8]);
                    s.flush = CsvBuiltins.flag(in, a[9], "flush");
                    s.fill = CsvBuiltins.flag(in, a[10], "fill");
                    s.parse.stripWhite = CsvBuiltins.flag(in, a[11], "strip.white");
                    s.quiet = CsvBuiltins.flag(in, a[12], "quiet");
                    s.blankLinesSkip = CsvBuiltins.flag(in, a[13], "blank.lines.skip");
                    s.multiLine = CsvBuiltins.flag(in, a[14], "multi.line");
                    String cc = CsvBuiltins.string(a[15], "");
                    if (cc == StringVector.NA || cc.length() > 1) throw in.errorInCurrentCall("invalid 'comment.char' argument");
                    s.parse.comment = cc.isEmpty() ? 0 : cc.charAt(0);
                    s.parse.allowEscapes = CsvBuiltins.flag(in, a[16], "allowEscapes");
                    return scan(in, s);
                });
    }

    /** A count argument (nmax, skip, nlines): non-positive or missing means none. */
    private static int count(SEXP x) {
        if (!(x instanceof Vector) || x.length() == 0) return 0;
        int v = Coerce.intElement((Vector) x, 0, null);
        return v == IntVector.NA ? 0 : v;
    }

    static SEXP scan(Interpreter in, Args a) {
        if (a.what instanceof ListVector) return scanRecords(in, a, (ListVector) a.what);
        if (!(a.what instanceof Vector) || !((Vector) a.what).isAtomic()) throw in.errorInCurrentCall("invalid 'what' argument");
        CsvParser p = new CsvParser(a.text, a.parse);
        p.skipLines(a.skip);
        List<String> items = new ArrayList<>();
        int lines = 0;
        String[] r;
        reading:
        while ((r = p.next()) != null) {
            if (r.length == 0) {
                if (a.blankLinesSkip) continue;
                r = new String[] {""};
            }
            for (String f : r) {
                items.add(f);
                if (a.nmax > 0 && items.size() >= a.nmax) break reading;
                if (a.flush) break;
            }
            lines++;
            if (a.nlines > 0 && lines >= a.nlines) break;
        }
        if (p.eofInQuote) in.warning(in.currentCall(), "EOF within quoted string");
        Vector v = convert(in, items, (Vector) a.what, a);
        report(in, a, items.size(), "item");
        return v;
    }

    private static SEXP scanRecords(Interpreter in, Args a, ListVector what) {
        int nc = what.length();
        if (nc == 0) throw in.errorInCurrentCall("empty 'what' specified");
        for (int j = 0; j < nc; j++) {
            SEXP w = what.get(j);
            if (w != Null.NULL && !(w instanceof Vector && ((Vector) w).isAtomic())) {
                throw in.errorInCurrentCall("unimplemented type '" + w.typeName() + "' in 'extractItem'\n");
            }
        }
        List<List<String>> cols = new ArrayList<>();
        for (int j = 0; j < nc; j++) cols.add(new ArrayList<>());
        CsvParser p = new CsvParser(a.text, a.parse);
        p.skipLines(a.skip);
        int records = 0, colsRead = 0, lines = 0;
        String[] r;
        while ((r = p.next()) != null) {
            if (r.length == 0) {
                if (a.blankLinesSkip) continue;
                r = new String[] {""};
            }
            lines++;
            for (String f : r) {
                cols.get(colsRead).add(f);
                if (++colsRead == nc) {
                    records++;
                    colsRead = 0;
                    if (a.flush) break;
                }
            }
            if (colsRead != 0) {
                if (a.fill) {
                    for (; colsRead < nc; colsRead++) cols.get(colsRead).add("");
                    records++;
                    colsRead = 0;
                } else if (!a.multiLine) {
                    throw in.errorInCurrentCall("line " + (lines + a.skip) + " did not have " + nc + " elements");
                }
            }
            if (colsRead == 0 && a.nmax > 0 && records >= a.nmax) break;
            if (a.nlines > 0 && lines >= a.nlines) break;
        }
        if (p.eofInQuote) in.warning(in.currentCall(), "EOF within quoted string");
        if (colsRead != 0) {
            // a record cut short by the end of the input is completed with empty fields
            for (; colsRead < nc; colsRead++) cols.get(colsRead).add("");
            records++;
        }
        SEXP[] out = new SEXP[nc];
        for (int j = 0; j < nc; j++) {
            SEXP w = what.get(j);
            out[j] = w == Null.NULL ? Null.NULL : convert(in, cols.get(j), (Vector) w, a);
        }
        ListVector result = new ListVector(out);
        SEXP names = what.getAttribute("names");
        if (names != null) result.setAttributeRaw("names", names);
        report(in, a, records, "record");
        return result;
    }

    /** "Read 3 items" on stderr unless quiet, as scan() does. */
    private static void report(Interpreter in, Args a, int n, String what) {
        if (a.quiet) return;
        in.out.flush();
        in.err.print("Read " + n + " " + what + (n == 1 ? "" : "s") + "\n");
        in.err.flush();
    }

    /** The fields as a vector of the type of {@code what}; a field that does not parse is an error. */
    private static Vector convert(Interpreter in, List<String> items, Vector what, Args a) {
        int n = items.size();
        switch (what.type()) {
            case CHARACTER: {
                String[] v = new String[n];
                for (int i = 0; i < n; i++) {
                    String s = items.get(i);
                    v[i] = a.naStrings.contains(s) ? StringVector.NA : s;
                }
                return new StringVector(v);
            }
            case LOGICAL: {
                int[] v = new int[n];
                for (int i = 0; i < n; i++) {
                    String s = items.get(i);
                    if (missing(s, a)) { v[i] = LogicalVector.NA; continue; }
                    v[i] = Coerce.stringToLogical(s.strip());
                    if (v[i] == LogicalVector.NA) throw expected(in, "a logical", s);
                }
                return new LogicalVector(v);
            }
            case INTEGER: {
                int[] v = new int[n];
                for (int i = 0; i < n; i++) {
                    String s = items.get(i);
                    if (missing(s, a)) { v[i] = IntVector.NA; continue; }
                    long x = TypeConvert.parseInt(s.stripTrailing());
                    if (x == Long.MIN_VALUE) throw expected(in, "an integer", s);
                    v[i] = (int) x;
                }
                return new IntVector(v);
            }
            case DOUBLE: {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    String s = items.get(i);
                    if (missing(s, a)) { v[i] = DoubleVector.NA; continue; }
                    Vector one = TypeConvert.convert(new String[] {s}, Set.of(), true, a.dec);
                    if (one instanceof StringVector || one instanceof ComplexVector) throw expected(in, "a real", s);
                    v[i] = Coerce.doubleElement(one, 0, null);
                }
                return new DoubleVector(v);
            }
            case COMPLEX: {
                double[] re = new double[n], im = new double[n];
                for (int i = 0; i < n; i++) {
                    String s = items.get(i);
                    if (missing(s, a)) { re[i] = DoubleVector.NA; im[i] = DoubleVector.NA; continue; }
                    Vector one = TypeConvert.convert(new String[] {s}, Set.of(), true, a.dec);
                    if (one instanceof StringVector) throw expected(in, "a complex", s);
                    ComplexVector c = (ComplexVector) Coerce.coerce(one, org.rlambda.sexp.SexpType.COMPLEX, null);
                    re[i] = c.re(0);
                    im[i] = c.im(0);
                }
                return new ComplexVector(re, im);
            }
            case RAW: {
                byte[] v = new byte[n];
                for (int i = 0; i < n; i++) {
                    String s = items.get(i).strip();
                    int x = s.length() >= 1 && s.length() <= 2 ? hex(s) : -1;
                    if (x < 0) throw expected(in, "a raw", items.get(i));
                    v[i] = (byte) x;
                }
                return new RawVector(v);
            }
            default:
                throw in.errorInCurrentCall("invalid 'what' argument");
        }
    }

    private static int hex(String s) {
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 16);
            if (d < 0) return -1;
            v = v * 16 + d;
        }
        return v;
    }

    /** A field read as missing by the non-character types: an NA string or nothing but blanks. */
    private static boolean missing(String s, Args a) {
        return a.naStrings.contains(s) || TypeConvert.isBlank(s) || a.naStrings.contains(s.strip());
    }

    private static RuntimeException expected(Interpreter in, String what, String got) {
        return in.errorInCurrentCall("scan() expected '" + what + "', got '" + got + "'");
    }
}

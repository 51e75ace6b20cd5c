package org.rlambda.utils;

import java.util.HashSet;
import java.util.Set;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.format.AsCharacter;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * The Java halves of read.table/write.table/type.convert/count.fields; the R closures with
 * GNU R's signatures are in utils.R and call these internal functions.
 */
public final class CsvBuiltins {
    private CsvBuiltins() { }

    public static void register(Builtins b) {
        b.add(".readTable", "text, description, header, header.given, sep, quote, dec, row.names, col.names, as.is, "
                + "na.strings, colClasses, nrows, skip, check.names, fill, strip.white, blank.lines.skip, comment.char, "
                + "allowEscapes, flush, from.file, row.names.missing, numerals", (in, call, a, rho) -> {
                    ReadTable.Args r = new ReadTable.Args();
                    // a file's text is used as it is; lines (text=, connections) each end with a newline
                    r.text = flag(in, a[21], "from.file") ? withoutBom(string(a[0], "")) : joinLines(a[0]);
                    r.description = string(a[1], "text");
                    r.header = flag(in, a[2], "header");
                    r.headerGiven = flag(in, a[3], "header");
                    // GNU R's scan() calls inside read.table reject these: the first (header) scan the separator, the data scan the decimal mark
                    String sep = string(a[4], "");
                    if (sep == StringVector.NA || sep.length() > 1) {
                        throw ReadTable.scanError(in, ReadTable.FIRST_SCAN_CALL, "invalid 'sep' value: must be one byte");
                    }
                    r.parse.sep = sep.isEmpty() ? 0 : sep.charAt(0);
                    r.parse.quote = string(a[5], "");
                    String dec = string(a[6], ".");
                    if (dec == StringVector.NA || dec.length() != 1) {
                        throw ReadTable.scanError(in, ReadTable.SCAN_CALL, "invalid decimal separator: must be one byte");
                    }
                    r.dec = dec.charAt(0);
                    // null: row.names missing; R NULL: plain numbering
                    r.rowNames = flag(in, a[22], "row.names") ? null : a[7] == null ? Null.NULL : a[7];
                    r.numerals = numerals(a[23]);
                    r.colNames = a[8] == null || a[8] == Null.NULL ? null : AsCharacter.of((Vector) a[8]);
                    r.asIs = a[9];
                    r.naStrings = stringSet(a[10]);
                    r.colClasses = a[11];
                    r.nrows = a[12] == null ? -1 : Coerce.intElement((Vector) a[12], 0, null);
                    if (r.nrows == IntVector.NA) r.nrows = -1;
                    r.skip = a[13] == null ? 0 : Math.max(0, Coerce.intElement((Vector) a[13], 0, null));
                    r.checkNames = flag(in, a[14], "check.names");
                    r.fill = flag(in, a[15], "fill");
                    r.parse.stripWhite = flag(in, a[16], "strip.white");
                    r.blankLinesSkip = flag(in, a[17], "blank.lines.skip");
                    r.parse.comment = oneChar(in, a[18], "comment.char");
                    r.parse.allowEscapes = flag(in, a[19], "allowEscapes");
                    r.flush = flag(in, a[20], "flush");
                    // a file (not text=) whose last line has no newline: GNU R warns when it is among the header lines
                    r.incompleteFile = flag(in, a[21], "from.file") && !r.text.isEmpty()
                            && !r.text.endsWith("\n") && !r.text.endsWith("\r");
                    return ReadTable.read(in, rho, r);
                });
        b.add(".readFileText", "path", (in, call, a, rho) -> readFileText(in, a[0]));
        b.add(".formatTable", "x, quote, sep, eol, na, dec, row.names, col.names, qmethod.double", (in, call, a, rho) -> {
            WriteTable.Args w = new WriteTable.Args();
            w.quote = a[1];
            w.sep = string(a[2], " ");
            w.eol = string(a[3], "\n");
            w.na = string(a[4], "NA");
            w.dec = string(a[5], ".");
            w.rowNames = a[6];
            w.colNames = a[7];
            w.qmethodDouble = flag(in, a[8], "qmethod");
            return StringVector.of(WriteTable.format(in, rho, a[0], w));
        });
        b.add(".typeConvert", "x, na.strings, as.is, dec, numerals", (in, call, a, rho) -> {
            SEXP x = a[0];
            boolean asIs = flag(in, a[2], "as.is");
            char dec = oneChar(in, a[3], "dec");
            Set<String> na = stringSet(a[1]);
            int numerals = numerals(a[4]);
            String[] loss = new String[1];
            if (x.inherits("factor")) {
                // the levels are converted and indexed by the codes
                IntVector f = (IntVector) x;
                StringVector lev = (StringVector) f.getAttribute("levels");
                String[] s = new String[f.length()];
                for (int i = 0; i < s.length; i++) s[i] = f.get(i) == IntVector.NA ? StringVector.NA : lev.get(f.get(i) - 1);
                Vector r = TypeConvert.convert(s, na, asIs, dec, numerals, loss);
                if (loss[0] != null) in.warning(in.currentCall(), ReadTable.lossMessage(loss[0]));
                return r;
            }
            if (!(x instanceof Vector) || !((Vector) x).isAtomic()) {
                throw in.errorInCurrentCall("the first argument must be of mode character");
            }
            Vector r = TypeConvert.convert(AsCharacter.of((Vector) x), na, asIs, dec, numerals, loss);
            if (loss[0] != null) in.warning(in.currentCall(), ReadTable.lossMessage(loss[0]));
            SEXP names = x.getAttribute("names");
            if (names != null) r.setAttributeRaw("names", names);
            SEXP dim = x.getAttribute("dim");
            if (dim != null) {
                r.setAttributeRaw("dim", dim);
                r.setAttributeRaw("dimnames", x.getAttribute("dimnames"));
            }
            return r;
        });
        b.add(".countFields", "text, sep, quote, skip, blank.lines.skip, comment.char", (in, call, a, rho) -> {
            CsvParser.Options o = new CsvParser.Options();
            o.sep = oneChar(in, a[1], "sep");
            o.quote = string(a[2], "");
            o.comment = oneChar(in, a[5], "comment.char");
            CsvParser p = new CsvParser(joinLines(a[0]), o);
            p.skipLines(a[3] == null ? 0 : Coerce.intElement((Vector) a[3], 0, null));
            boolean skipBlank = flag(in, a[4], "blank.lines.skip");
            java.util.List<Integer> counts = new java.util.ArrayList<>();
            String[] r;
            while ((r = p.next()) != null) {
                if (r.length == 0 && skipBlank) continue;
                // a record continued over several lines (a quoted newline) counts NA for all but its last line
                for (int k = p.recordLine + 1; k < p.line(); k++) counts.add(IntVector.NA);
                counts.add(p.eofInQuote ? IntVector.NA : r.length);
            }
            int[] v = new int[counts.size()];
            for (int i = 0; i < v.length; i++) v[i] = counts.get(i);
            return new IntVector(v);
        });
    }

    /** numerals = "allow.loss" (0), "warn.loss" (1) or "no.loss" (2). */
    static int numerals(SEXP x) {
        String s = string(x, "allow.loss");
        return s.equals("no.loss") ? 2 : s.equals("warn.loss") ? 1 : 0;
    }

    /** The whole text of a file (UTF-8), for read.table on a plain file. */
    private static SEXP readFileText(org.rlambda.eval.Interpreter in, SEXP path) {
        String p = string(path, "");
        try {
            // gzip-compressed files are read through, as GNU R's file() does
            return StringVector.of(withoutBom(org.rlambda.base.Connections.readText(org.rlambda.base.FileBuiltins.path(in, p))));
        } catch (java.io.IOException e) {
            throw in.errorInCurrentCall("cannot open the connection");
        }
    }

    /** The text without a leading UTF-8 byte order mark (GNU R drops it when reading in a UTF-8 locale). */
    static String withoutBom(String s) { return s.startsWith("\uFEFF") ? s.substring(1) : s; }

    /** The lines of a character vector as one text (an element may itself hold several lines). */
    static String joinLines(SEXP x) {
        if (!(x instanceof StringVector)) return "";
        StringVector v = (StringVector) x;
        int n = v.length();
        long size = 0;
        for (int i = 0; i < n; i++) size += v.get(i).length() + 1;
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, size));
        for (int i = 0; i < n; i++) {
            String s = v.get(i);
            // every line ends with a newline, so an empty last line (text ending in "\n") is a line
            sb.append(s == StringVector.NA ? "NA" : s).append('\n');
        }
        return withoutBom(sb.toString());
    }

    static String string(SEXP x, String dflt) {
        if (x instanceof StringVector && x.length() > 0) return ((StringVector) x).get(0);
        return dflt;
    }

    static char oneChar(Interpreter in, SEXP x, String what) {
        String s = string(x, "");
        if (s == StringVector.NA) return 0;
        if (s.length() > 1) throw in.errorInCurrentCall("invalid '" + what + "' argument");
        return s.isEmpty() ? 0 : s.charAt(0);
    }

    static boolean flag(Interpreter in, SEXP x, String what) {
        if (x == null || x == Null.NULL || !(x instanceof Vector) || x.length() == 0) return false;
        int b = Coerce.logicalElement((Vector) x, 0);
        if (b == LogicalVector.NA) throw in.errorInCurrentCall("invalid '" + what + "' argument");
        return b != 0;
    }

    static Set<String> stringSet(SEXP x) {
        Set<String> s = new HashSet<>();
        if (x instanceof Vector && ((Vector) x).isAtomic()) for (String e : AsCharacter.of((Vector) x)) s.add(e);
        return s;
    }
}

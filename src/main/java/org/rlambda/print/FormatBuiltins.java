package org.rlambda.print;

import java.util.ArrayList;
import java.util.List;
import org.rlambda.base.RArgs;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Coerce;
import org.rlambda.eval.Interpreter;
import org.rlambda.format.Format;
import org.rlambda.format.FormatC;
import org.rlambda.format.FormatException;
import org.rlambda.format.Justify;
import org.rlambda.format.PrettyNum;
import org.rlambda.format.Sprintf;
import org.rlambda.sexp.Call;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * format.default, formatC, prettyNum and sprintf: argument handling around the pure
 * formatting code of {@code org.rlambda.format}.
 */
public final class FormatBuiltins {
    private FormatBuiltins() { }

    static final String FORMAT_FORMALS = "x, trim, digits, nsmall, justify, width, na.encode, scientific, big.mark, "
            + "big.interval, small.mark, small.interval, decimal.mark, zero.print, drop0trailing, ...";

    public static void register(Builtins b) {
        b.add("format.default", FORMAT_FORMALS, FormatBuiltins::formatDefault);
        b.add("formatC", "x, width, digits, format, flag, mode, big.mark, big.interval, small.mark, small.interval, "
                + "decimal.mark, preserve.width, zero.print, replace.zero, drop0trailing", FormatBuiltins::formatC);
        b.add("prettyNum", "x, big.mark, big.interval, small.mark, small.interval, decimal.mark, input.d.mark, "
                + "preserve.width, zero.print, replace.zero, drop0trailing, is.cmplx, ...", FormatBuiltins::prettyNum);
        b.add("sprintf", "fmt, ...", FormatBuiltins::sprintf);
        b.add("gettextf", "fmt, ..., domain", FormatBuiltins::sprintf);
        // closures in GNU R: they show in "Calls:" tracebacks and sys.call()
        b.markClosureLike("formatC", "prettyNum", "sprintf", "gettextf");
    }

    // ------------------------------------------------------------------ format

    private static SEXP formatDefault(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP x = a[0] == null ? Null.NULL : a[0];
        Format.Options o = new Format.Options();
        o.optionDigits = in.optionInt("digits", 7);
        o.optionScipen = in.optionInt("scipen", 0);
        o.trim = RArgs.flag(in, call, a[1], false, "trim");
        if (!RArgs.isNull(a[2])) o.digits = RArgs.integer(a[2]);
        if (a[3] != null) o.nsmall = RArgs.integer(a[3]);
        if (a[4] != null) o.justify = justify(in, call, a[4]);
        if (!RArgs.isNull(a[5])) o.width = RArgs.integer(a[5]);
        o.naEncode = RArgs.flag(in, call, a[6], true, "na.encode");
        if (a[7] != null) {
            int sci = RArgs.logical(a[7]);
            if (a[7] instanceof LogicalVector) { if (sci != LogicalVector.NA) o.scientific = sci != 0; }
            else o.scientific = RArgs.integer(a[7]);
        }
        if (a[8] != null) o.bigMark = RArgs.string(a[8]);
        if (a[9] != null) o.bigInterval = RArgs.integer(a[9]);
        if (a[10] != null) o.smallMark = RArgs.string(a[10]);
        if (a[11] != null) o.smallInterval = RArgs.integer(a[11]);
        if (a[12] != null) o.decimalMark = RArgs.string(a[12]);
        if (!RArgs.isNull(a[13])) {
            SEXP z = a[13];
            o.zeroPrint = z instanceof LogicalVector ? (Object) (RArgs.logical(z) == 1) : RArgs.string(z);
        }
        o.drop0trailing = RArgs.flag(in, call, a[14], false, "drop0trailing");
        try {
            return format(in, call, x, o, rho);
        } catch (FormatException e) {
            throw in.error(call, e.getMessage());
        }
    }

    private static Justify justify(Interpreter in, Call call, SEXP j) {
        String s = RArgs.string(j);
        if (j.length() > 1) s = ((StringVector) j).get(0);
        for (Justify v : new Justify[] {Justify.LEFT, Justify.RIGHT, Justify.CENTRE, Justify.NONE}) {
            String name = v == Justify.CENTRE ? "centre" : v.name().toLowerCase();
            if (!StringVector.isNA(s) && !s.isEmpty() && name.startsWith(s)) return v;
        }
        throw in.error(call, "'arg' should be one of \u201cleft\u201d, \u201cright\u201d, \u201ccentre\u201d, \u201cnone\u201d");
    }

    static SEXP format(Interpreter in, Call call, SEXP x, Format.Options o, Environment rho) {
        if (x == Null.NULL) return StringVector.of("NULL");
        if (x instanceof ListVector) return formatList(in, call, (ListVector) x, o, rho);
        if (!(x instanceof Vector)) throw in.error(call, "Found no format() method for class \"" + x.typeName() + "\"");
        Vector v = (Vector) x;
        if (v.inherits("factor")) v = RArgs.factorLabels(v);
        String[] r = Format.format(v, o);
        StringVector out = new StringVector(r);
        for (String attr : new String[] {"names", "dim", "dimnames"}) {
            SEXP val = x.getAttribute(attr);
            if (val != null) out.setAttributeRaw(attr, val);
        }
        return out;
    }

    /** format() of a list: each element alone, vectors joined by ", ", NULL and empty elements as "NULL". */
    private static SEXP formatList(Interpreter in, Call call, ListVector x, Format.Options o, Environment rho) {
        int n = x.length();
        String[] r = new String[n];
        boolean trim = o.trim;
        o.trim = true;
        for (int i = 0; i < n; i++) {
            SEXP e = x.get(i);
            if (e == Null.NULL || e.length() == 0) { r[i] = "NULL"; continue; }
            Vector flat = flatten(e);
            if (flat == null) { r[i] = in.deparseOneLine(e); continue; }
            if (flat instanceof StringVector && o.width == 0) {
                r[i] = String.join(", ", naText(((StringVector) flat).values()));
                continue;
            }
            String[] parts = Format.format(flat, o);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < parts.length; k++) {
                if (k > 0) sb.append(", ");
                sb.append(parts[k]);
            }
            r[i] = sb.toString();
        }
        o.trim = trim;
        StringVector out = new StringVector(r);
        for (String attr : new String[] {"names", "dim", "dimnames"}) {
            SEXP val = x.getAttribute(attr);
            if (val != null) out.setAttributeRaw(attr, val);
        }
        return out;
    }

    private static String[] naText(String[] s) {
        String[] r = s.clone();
        for (int i = 0; i < r.length; i++) if (StringVector.isNA(r[i])) r[i] = "NA";
        return r;
    }

    /** unlist() of one list element for format(): atomic vectors as they are, nested lists flattened. */
    private static Vector flatten(SEXP e) {
        if (e instanceof Vector && ((Vector) e).isAtomic()) {
            Vector v = (Vector) e;
            return v.inherits("factor") ? v : v;
        }
        if (!(e instanceof ListVector)) return null;
        List<Vector> parts = new ArrayList<>();
        collect((ListVector) e, parts);
        SexpType t = SexpType.LOGICAL;
        int n = 0;
        for (Vector p : parts) {
            if (Coerce.rank(p.type()) > Coerce.rank(t)) t = p.type();
            n += p.length();
        }
        Vector out = Coerce.emptyOf(t).resized(n);
        int k = 0;
        for (Vector p : parts) {
            Vector c = Coerce.coerce(p, t, null);
            for (int i = 0; i < c.length(); i++) out.setFrom(k++, c, i);
        }
        return out;
    }

    private static void collect(ListVector l, List<Vector> parts) {
        for (int i = 0; i < l.length(); i++) {
            SEXP e = l.get(i);
            if (e instanceof ListVector) collect((ListVector) e, parts);
            else if (e instanceof Vector) parts.add((Vector) e);
        }
    }

    // ------------------------------------------------------------------ formatC / prettyNum

    private static SEXP formatC(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP x = a[0] == null ? Null.NULL : a[0];
        FormatC.Options o = new FormatC.Options();
        if (!RArgs.isNull(a[1])) o.width = RArgs.integer(a[1]);
        if (!RArgs.isNull(a[2])) o.digits = RArgs.integer(a[2]);
        if (!RArgs.isNull(a[3])) o.format = RArgs.string(a[3]);
        if (a[4] != null) o.flag = RArgs.string(a[4]);
        if (!RArgs.isNull(a[5])) o.mode = RArgs.string(a[5]);
        if (a[6] != null) o.bigMark = RArgs.string(a[6]);
        if (a[7] != null) o.bigInterval = RArgs.integer(a[7]);
        if (a[8] != null) o.smallMark = RArgs.string(a[8]);
        if (a[9] != null) o.smallInterval = RArgs.integer(a[9]);
        if (a[10] != null) o.decimalMark = RArgs.string(a[10]);
        if (a[11] != null) o.preserveWidth = RArgs.string(a[11]);
        if (!RArgs.isNull(a[12])) o.zeroPrint = a[12] instanceof LogicalVector ? (Object) (RArgs.logical(a[12]) == 1) : RArgs.string(a[12]);
        if (a[13] != null) o.replaceZero = RArgs.flag(in, call, a[13], true, "replace.zero");
        if (a[14] != null) o.drop0trailing = RArgs.flag(in, call, a[14], false, "drop0trailing");
        Vector v;
        if (x instanceof Vector && x.inherits("factor")) v = RArgs.factorLabels((Vector) x);
        else if (x instanceof Vector && ((Vector) x).isAtomic()) v = (Vector) x;
        else if (x instanceof ListVector) v = RArgs.listAsCharacter(in, (ListVector) x);
        else throw in.error(call, "'x' must be atomic or a list");
        String[] r;
        try {
            r = FormatC.formatC(v, o);
        } catch (FormatException e) {
            throw in.error(call, e.getMessage());
        }
        if (o.integerRangeLost) {
            in.warning(Call.of("<-", Call.of("storage.mode", org.rlambda.sexp.Symbol.get("x")), StringVector.of("integer")),
                    "NAs introduced by coercion to integer range");
        }
        for (String w : o.warnings) in.warning(call, w);
        StringVector out = new StringVector(r);
        for (String attr : new String[] {"names", "dim", "dimnames"}) {
            SEXP val = x.getAttribute(attr);
            if (val != null) out.setAttributeRaw(attr, val);
        }
        return out;
    }

    private static SEXP prettyNum(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP x = a[0] == null ? Null.NULL : a[0];
        PrettyNum.Marks m = new PrettyNum.Marks();
        if (a[1] != null) m.bigMark = RArgs.string(a[1]);
        if (a[2] != null) m.bigInterval = RArgs.integer(a[2]);
        if (a[3] != null) m.smallMark = RArgs.string(a[3]);
        if (a[4] != null) m.smallInterval = RArgs.integer(a[4]);
        if (a[5] != null) m.decimalMark = RArgs.string(a[5]);
        m.inputDecimalMark = a[6] != null ? RArgs.string(a[6]) : m.decimalMark;
        if (a[7] != null) m.preserveWidth = RArgs.string(a[7]);
        if (!RArgs.isNull(a[8])) m.zeroPrint = a[8] instanceof LogicalVector ? (Object) (RArgs.logical(a[8]) == 1) : RArgs.string(a[8]);
        if (a[9] != null) m.replaceZero = RArgs.flag(in, call, a[9], false, "replace.zero");
        if (a[10] != null) m.drop0trailing = RArgs.flag(in, call, a[10], false, "drop0trailing");
        if (a[11] != null) m.complex = RArgs.flag(in, call, a[11], false, "is.cmplx");
        String[] s;
        if (x instanceof StringVector) {
            s = ((StringVector) x).values();
        } else if (x instanceof Vector && ((Vector) x).isAtomic()) {
            // non-character input: each element formatted on its own (sapply(x, format, ...))
            Vector v = (Vector) x;
            if (v.inherits("factor")) v = RArgs.factorLabels(v);
            s = new String[v.length()];
            Format.Options fo = new Format.Options();
            fo.optionDigits = in.optionInt("digits", 7);
            fo.optionScipen = in.optionInt("scipen", 0);
            dotsToFormat(in, call, a[12], fo);
            m.complex = v instanceof org.rlambda.sexp.ComplexVector;
            // format(x[i], big.mark = ...) marks each element on its own, so that the pass over
            // the whole vector below finds nothing left to widen
            try {
                for (int i = 0; i < s.length; i++) {
                    s[i] = PrettyNum.prettyNum(new String[] {Format.format((Vector) v.element(i), fo)[0]}, m)[0];
                }
            } catch (FormatException e) {
                throw in.error(call, e.getMessage());
            }
            m.warnings.clear();
        } else if (x == Null.NULL) {
            return StringVector.EMPTY;
        } else {
            throw in.error(call, "'x' must be atomic");
        }
        String[] r;
        try {
            r = PrettyNum.prettyNum(s, m);
        } catch (FormatException e) {
            throw in.error(call, e.getMessage());
        }
        for (String w : m.warnings) in.warning(call, w);
        StringVector out = new StringVector(r == s ? s.clone() : r);
        for (String attr : new String[] {"names", "dim", "dimnames"}) {
            SEXP val = x.getAttribute(attr);
            if (val != null) out.setAttributeRaw(attr, val);
        }
        return out;
    }

    /** prettyNum's `...` goes to format(): the numeric-layout arguments it can carry. */
    private static void dotsToFormat(Interpreter in, Call call, SEXP dotsArg, Format.Options fo) {
        if (dotsArg == null) return;
        ListVector dots = Builtins.dots(dotsArg);
        StringVector names = dots.names();
        if (names == null) return;
        for (int i = 0; i < dots.length(); i++) {
            SEXP v = dots.get(i);
            switch (names.get(i)) {
                case "digits": if (!RArgs.isNull(v)) fo.digits = RArgs.integer(v); break;
                case "nsmall": fo.nsmall = RArgs.integer(v); break;
                case "width": if (!RArgs.isNull(v)) fo.width = RArgs.integer(v); break;
                case "scientific":
                    if (v instanceof LogicalVector) {
                        int sci = RArgs.logical(v);
                        if (sci != LogicalVector.NA) fo.scientific = sci != 0;
                    } else {
                        fo.scientific = RArgs.integer(v);
                    }
                    break;
                default:
            }
        }
    }

    // ------------------------------------------------------------------ sprintf

    private static SEXP sprintf(Interpreter in, Call call, SEXP[] a, Environment rho) {
        SEXP fmt = a[0];
        if (fmt == null) throw in.error(call, "'fmt' argument missing");
        if (!(fmt instanceof StringVector)) {
            if (fmt instanceof Vector && fmt.length() == 0) return StringVector.EMPTY;
            throw in.error(call, "'fmt' is not a character vector");
        }
        ListVector dots = Builtins.dots(a[1]);
        List<Vector> args = new ArrayList<>();
        for (int i = 0; i < dots.length(); i++) {
            SEXP e = dots.get(i);
            if (e == Null.NULL) { args.add(StringVector.EMPTY); continue; }
            if (e instanceof Vector) args.add((Vector) e);
            else throw in.error(call, "unsupported type");
        }
        // %s of a non-character argument: as.character, dispatching on classed objects (factors, dates)
        java.util.function.Function<Vector, Vector> asCharacter = v -> {
            if (v.isObject()) return RArgs.asCharacter(in, v, rho);
            if (v instanceof ListVector) return RArgs.listAsCharacter(in, (ListVector) v);
            return new StringVector(org.rlambda.format.AsCharacter.of(v));
        };
        Sprintf.Result r;
        try {
            r = Sprintf.sprintf((StringVector) fmt, args, asCharacter);
        } catch (FormatException e) {
            throw in.error(call, e.getMessage());
        }
        for (String w : r.warnings()) in.warning(call, w);
        return new StringVector(r.value());
    }

    static int intOr(SEXP v, int dflt) {
        if (v == null) return dflt;
        int i = RArgs.integer(v);
        return i == IntVector.NA ? dflt : i;
    }
}

package org.rlambda.jsonlite;

import java.util.ArrayList;
import java.util.List;

import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/**
 * Builds the unsimplified R value of a JSON document the way jsonlite's parser does: objects
 * become named lists, arrays unnamed lists, null NULL, strings/booleans length-one vectors;
 * integers within R's integer range become integers, other numbers doubles (or, with
 * {@code bigint_as_char}, integers beyond 2^53 strings).
 */
final class RValueBuilder implements JsonHandler {
    private static final class Frame {
        final List<SEXP> values = new ArrayList<>();
        final List<String> keys; // null for arrays

        Frame(boolean object) { keys = object ? new ArrayList<>() : null; }
    }

    private final boolean bigintAsChar;
    private final ArrayList<Frame> stack = new ArrayList<>();
    private SEXP result;

    RValueBuilder(boolean bigintAsChar) { this.bigintAsChar = bigintAsChar; }

    SEXP result() { return result; }

    private void add(SEXP v) {
        if (stack.isEmpty()) result = v;
        else stack.get(stack.size() - 1).values.add(v);
    }

    @Override public void nullValue() { add(Null.NULL); }

    @Override public void booleanValue(boolean value) { add(LogicalVector.of(value)); }

    @Override public void number(String text) { add(number(text, bigintAsChar)); }

    /** jsonlite's reading of a JSON number. */
    static SEXP number(String text, boolean bigintAsChar) {
        Long integral = parseIntegral(text);
        if (integral != null) {
            long v = integral;
            if (bigintAsChar && (v > 9007199254740992L || v < -9007199254740992L)) {
                return StringVector.of(Long.toString(v));
            }
            if (v > Integer.MAX_VALUE || v < -Integer.MAX_VALUE) return DoubleVector.of((double) v);
            return IntVector.of((int) v);
        }
        return DoubleVector.of(Double.parseDouble(text));
    }

    /** The value of an optionally signed run of digits that fits a C long long, else null. */
    private static Long parseIntegral(String text) {
        int i = 0;
        boolean negative = false;
        if (text.charAt(0) == '-') { negative = true; i++; }
        long v = 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return null;
            try {
                v = Math.addExact(Math.multiplyExact(v, 10L), c - '0');
            } catch (ArithmeticException overflow) {
                return null;
            }
        }
        return negative ? -v : v;
    }

    /** R strings end at an embedded NUL (jsonlite hands YAJL's C strings to mkChar). */
    private static String rString(String s) {
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    @Override public void string(String value) { add(StringVector.of(rString(value))); }

    @Override public void startObject() { stack.add(new Frame(true)); }

    @Override public void key(String name) { stack.get(stack.size() - 1).keys.add(rString(name)); }

    @Override public void endObject() {
        Frame f = stack.remove(stack.size() - 1);
        ListVector l = new ListVector(f.values.toArray(new SEXP[0]));
        l.setAttributeRaw("names", new StringVector(f.keys.toArray(new String[0])));
        add(l);
    }

    @Override public void startArray() { stack.add(new Frame(false)); }

    @Override public void endArray() {
        Frame f = stack.remove(stack.size() - 1);
        add(new ListVector(f.values.toArray(new SEXP[0])));
    }
}

package org.rlambda.base;

import java.nio.charset.StandardCharsets;
import org.rlambda.eval.Builtins;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.StringVector;

/** Strings as bytes: raw(), charToRaw() (UTF-8, the session's encoding) and rawToChar(). */
public final class RawStrings {
    private RawStrings() { }

    public static void register(Builtins b) {
        b.add("raw", "length", (in, call, a, rho) -> new RawVector(new byte[a[0] == null ? 0 : RArgs.integer(a[0])]));
        b.add("charToRaw", "x", (in, call, a, rho) -> {
            if (!(a[0] instanceof StringVector)) throw in.error(call, "argument must be a character vector of length 1");
            StringVector x = (StringVector) a[0];
            if (x.length() > 1) {
                in.warning(call, "argument should be a character vector of length 1\nall but the first element will be ignored");
            }
            if (x.length() == 0 || StringVector.isNA(x.get(0))) return new RawVector(x.length() == 0 ? new byte[0] : "NA".getBytes());
            return new RawVector(x.get(0).getBytes(StandardCharsets.UTF_8));
        });
        b.add("rawToChar", "x, multiple", (in, call, a, rho) -> {
            if (!(a[0] instanceof RawVector)) throw in.error(call, "argument 'x' must be a raw vector");
            byte[] bytes = ((RawVector) a[0]).values();
            boolean multiple = RArgs.flag(in, call, a[1], false, "multiple");
            for (byte x : bytes) if (x == 0) throw in.error(call, "embedded nul in string: '" + escapedNul(bytes) + "'");
            if (!multiple) return StringVector.of(new String(bytes, StandardCharsets.UTF_8));
            String[] r = new String[bytes.length];
            for (int i = 0; i < r.length; i++) r[i] = new String(bytes, i, 1, StandardCharsets.ISO_8859_1);
            return new StringVector(r);
        });
        b.markClosureLike("rawToChar");
    }

    private static String escapedNul(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte x : bytes) sb.append(x == 0 ? "\\0" : String.valueOf((char) (x & 0xFF)));
        return sb.toString();
    }
}

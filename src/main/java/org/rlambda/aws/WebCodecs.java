package org.rlambda.aws;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

/**
 * The encodings the trigger adapters (triggers.R) need: base64 (API Gateway bodies, Kinesis data,
 * binary responses) and URL percent-decoding (query strings, form bodies, cookies).
 */
public final class WebCodecs {
    private WebCodecs() { }

    public static void register(Builtins b) {
        b.add(".rlambda_base64_decode", "x", (in, call, a, rho) -> {
            String s = string(in, a[0], "x");
            try {
                return new RawVector(Base64.getMimeDecoder().decode(s));
            } catch (IllegalArgumentException e) {
                throw in.errorInCurrentCall("invalid base64 input");
            }
        });
        b.add(".rlambda_base64_encode", "x", (in, call, a, rho) -> {
            SEXP x = a[0];
            byte[] bytes = x instanceof RawVector r ? r.values() : string(in, x, "x").getBytes(StandardCharsets.UTF_8);
            return StringVector.of(Base64.getEncoder().encodeToString(bytes));
        });
        b.add(".rlambda_url_decode", "x, plus", (in, call, a, rho) -> {
            if (!(a[0] instanceof StringVector s)) throw in.errorInCurrentCall("'x' must be a character vector");
            boolean plus = a[1] instanceof LogicalVector l && l.length() == 1 && l.get(0) == 1;
            String[] out = new String[s.length()];
            for (int i = 0; i < out.length; i++) out[i] = s.get(i) == StringVector.NA ? StringVector.NA : urlDecode(s.get(i), plus);
            return new StringVector(out);
        });
    }

    /** Percent-decoding as UTF-8; a malformed escape stays as written (as browsers do). */
    static String urlDecode(String s, boolean plusIsSpace) {
        if (s.indexOf('%') < 0 && !(plusIsSpace && s.indexOf('+') >= 0)) return s;
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < in.length; i++) {
            byte c = in[i];
            if (c == '%' && i + 2 < in.length && hex(in[i + 1]) >= 0 && hex(in[i + 2]) >= 0) {
                out.write(hex(in[i + 1]) * 16 + hex(in[i + 2]));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                out.write(' ');
            } else {
                out.write(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    private static String string(Interpreter in, SEXP x, String name) {
        if (x instanceof StringVector s && s.length() == 1 && s.get(0) != StringVector.NA) return s.get(0);
        throw in.errorInCurrentCall("'" + name + "' must be a single string");
    }
}

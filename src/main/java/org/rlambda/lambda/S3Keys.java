package org.rlambda.lambda;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Object keys as S3 event notifications carry them: form-URL-encoded ({@code +} is a space). */
public final class S3Keys {
    private S3Keys() {}

    /**
     * Decodes an event key. Unlike {@link java.net.URLDecoder} this never fails on a stray
     * {@code %}: S3 always encodes {@code %} itself, so a malformed escape is kept as typed.
     */
    public static String decode(String encoded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%' && i + 2 < encoded.length()
                    && hex(encoded.charAt(i + 1)) >= 0 && hex(encoded.charAt(i + 2)) >= 0) {
                out.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < encoded.length()) {
                    b = encoded.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** The last path segment of a key, made safe as a local file name. */
    public static String fileName(String key) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        name = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        if (name.isEmpty() || name.equals(".") || name.equals("..")) name = "object";
        return name;
    }
}

package org.rlambda.serialize;

/** The three stream formats of GNU R's serialization (src/main/serialize.c): the first byte of a stream. */
public enum SerialFormat {
    XDR('X'), BINARY('B'), ASCII('A');

    public final char code;

    SerialFormat(char code) { this.code = code; }
}

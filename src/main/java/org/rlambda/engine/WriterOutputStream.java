package org.rlambda.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 bytes written by the interpreter's PrintStreams, decoded onto a JSR-223 context's Writer. */
final class WriterOutputStream extends OutputStream {
    private final Writer writer;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer in = ByteBuffer.allocate(4096);
    private final CharBuffer out = CharBuffer.allocate(4096);

    WriterOutputStream(Writer writer) { this.writer = writer; }

    @Override public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }

    @Override public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, in.remaining());
            in.put(b, off, n);
            off += n;
            len -= n;
            drain(false);
        }
    }

    private void drain(boolean endOfInput) throws IOException {
        in.flip();
        while (true) {
            boolean overflow = decoder.decode(in, out, endOfInput).isOverflow();
            out.flip();
            writer.write(out.array(), 0, out.limit());
            out.clear();
            if (!overflow) break;
        }
        in.compact();
    }

    @Override public void flush() throws IOException {
        drain(false);
        writer.flush();
    }
}

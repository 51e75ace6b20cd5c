package org.rlambda.serialize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.SEXP;

/**
 * Truncated, corrupt and malicious streams end in a {@link SerializeException} with GNU R's
 * wording, never another exception, a hang or an allocation the input does not justify: the
 * regression file (src/test/resources/serialize-fuzz/regressions.txt), built streams
 * (deep nesting, huge ALTREP sequences, a decompression bomb) and a fixed-seed fuzz run.
 */
class HostileStreamTest {
    private static SEXP read(byte[] b) {
        return Unserializer.read(b, 0, b.length, new UnserializeFuzzer.TestHost(), "read error", 2000);
    }

    /** The XDR version-3 header, then {@code words} as big-endian integers. */
    private static byte[] stream(int... words) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] head = HexFormat.of().parseHex("580a000000030004020200030500000000055554462d38");
        out.write(head, 0, head.length);
        for (int w : words) {
            out.write(w >>> 24);
            out.write(w >>> 16);
            out.write(w >>> 8);
            out.write(w);
        }
        return out.toByteArray();
    }

    @TestFactory
    Stream<DynamicTest> regressionFileCasesEndInTheirErrors() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        String description = null;
        for (String line : Files.readAllLines(Path.of("src/test/resources/serialize-fuzz/regressions.txt"))) {
            if (line.startsWith("# ")) {
                description = line.substring(2);
                continue;
            }
            if (line.isBlank()) continue;
            String[] f = line.split("\t");
            byte[] input = HexFormat.of().parseHex(f[0]);
            String expected = f[1];
            tests.add(DynamicTest.dynamicTest(description, () -> {
                SerializeException e = assertThrows(SerializeException.class, () -> read(input));
                assertEquals(expected, e.getMessage());
            }));
        }
        assertTrue(tests.size() >= 10);
        return tests.stream();
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        int depth = 100_000;
        int[] w = new int[depth * 2 + 1];
        for (int i = 0; i < depth; i++) {
            w[2 * i] = 19;      // VECSXP
            w[2 * i + 1] = 1;   // of length 1
        }
        w[2 * depth] = 254;
        SerializeException e = assertThrows(SerializeException.class, () -> read(stream(w)));
        assertEquals("serialized object is nested too deeply", e.getMessage());
    }

    @Test
    void longPairlistsAreReadWithoutRecursion() {
        int n = 200_000;
        int[] w = new int[n * 4 + 1];
        for (int i = 0; i < n; i++) {
            w[4 * i] = 2;       // LISTSXP cell
            w[4 * i + 1] = 10;  // CAR: a logical vector
            w[4 * i + 2] = 1;
            w[4 * i + 3] = 1;
        }
        w[4 * n] = 254;
        assertEquals(n, read(stream(w)).length());
    }

    @Test
    void aHugeCompactIntegerSequenceStaysCompact() {
        // a compact 1:n of 2^31 - 17 elements is some 100 bytes of input and reads without allocating
        IntVector seq = IntVector.sequence(1, 1, Integer.MAX_VALUE - 16);
        byte[] written = Serializer.write(seq, SerialFormat.XDR, 3, new UnserializeFuzzer.TestHost());
        assertTrue(written.length < 200);
        SEXP back = read(written);
        assertTrue(back instanceof IntVector && ((IntVector) back).isCompact());
        assertEquals(Integer.MAX_VALUE - 16, back.length());
    }

    @Test
    void aDecompressionBombStopsAtTheLimit() throws Exception {
        long limit = 64L << 20;
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        z.write(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3}, 0, 10);
        Deflater d = new Deflater(9, true);
        byte[] zeros = new byte[1 << 20];
        byte[] buf = new byte[1 << 16];
        for (long done = 0; done <= limit + (1 << 20); done += zeros.length) {
            d.setInput(zeros);
            while (!d.needsInput()) z.write(buf, 0, d.deflate(buf));
        }
        d.finish();
        while (!d.finished()) z.write(buf, 0, d.deflate(buf));
        byte[] bomb = z.toByteArray();
        assertTrue(bomb.length < limit / 100);
        SerializeException e = assertThrows(SerializeException.class, () -> Codecs.decompressFile(bomb, limit));
        assertTrue(e.getMessage().startsWith("decompressed data exceed the memory limit"), e.getMessage());
    }

    @Test
    void fixedSeedFuzzRunHasNoFindings() throws Exception {
        List<UnserializeFuzzer.Finding> found = UnserializeFuzzer.run(5_000, 20261208L, UnserializeFuzzer.seeds());
        assertTrue(found.isEmpty(), () -> found.size() + " findings, first: " + found.get(0));
    }

    @Test
    void anAsciiStreamCutShortIsAReadError() {
        byte[] b = "A\n3\n262658\n197888\n5\nUTF-8\n16\n2147483647\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals("read error", assertThrows(SerializeException.class, () -> read(b)).getMessage());
    }
}

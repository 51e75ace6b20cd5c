package org.rlambda.serialize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.rlambda.eval.Coerce;
import org.rlambda.sexp.Environment;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.SexpType;
import org.rlambda.sexp.StringVector;
import org.rlambda.sexp.Vector;

/**
 * Mutation fuzzer of the unserializer: takes valid streams GNU R wrote (the fidelity corpus and
 * the datasets), mutates them (bit flips, interesting integers at word boundaries — lengths,
 * type codes, reference indices —, truncation, duplicated and deleted spans) and reads each.
 * Every outcome must be a value or a {@link SerializeException}; anything else (another
 * exception, an Error, a case slower than {@link #SLOW_MS}) is a finding, printed as hex.
 *
 * <p>Big run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.rlambda.serialize.UnserializeFuzzer 100000 [seed]}.
 */
public final class UnserializeFuzzer {
    static final long SLOW_MS = 2000;

    /** A session without an interpreter: fresh environments, no primitives, no namespaces loaded. */
    public static final class TestHost implements SerialHost {
        final Environment empty = Environment.newEmpty();
        final Environment base = new Environment(empty);
        final Environment global = new Environment(base);
        final Environment baseNs = new Environment(base);

        @Override public Environment globalEnv() { return global; }
        @Override public Environment baseEnv() { return base; }
        @Override public Environment emptyEnv() { return empty; }
        @Override public Environment baseNamespace() { return baseNs; }
        @Override public SEXP primitive(String name) { return null; }
        @Override public Environment namespace(StringVector spec) { return baseNs; }
        @Override public StringVector namespaceSpec(Environment env) { return null; }
        @Override public SEXP persistentRestore(StringVector name) { return null; }
        @Override public StringVector persistentName(SEXP x) { return null; }
        @Override public StringVector asCharacter(SEXP x) {
            return (StringVector) Coerce.coerce((Vector) x, SexpType.CHARACTER, null);
        }
        @Override public void warning(String message) { }
    }

    /** One finding: the input and what went wrong. */
    public static final class Finding {
        public final byte[] input;
        public final String problem;

        Finding(byte[] input, String problem) {
            this.input = input;
            this.problem = problem;
        }

        @Override public String toString() { return problem + "\n" + HexFormat.of().formatHex(input); }
    }

    /** Valid uncompressed streams: the corpus files and the datasets. */
    public static List<byte[]> seeds() throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String d : new String[] {"rds", "rds2", "ascii"}) {
            try (Stream<Path> s = Files.list(Path.of("src/test/resources/serialize-corpus", d))) {
                for (Path p : (Iterable<Path>) s.sorted()::iterator) out.add(Files.readAllBytes(p));
            }
        }
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/org/rlambda/datasets"))) {
            for (Path p : (Iterable<Path>) s.filter(p -> p.toString().endsWith(".rds")).sorted()::iterator) {
                byte[] b = Codecs.decompressFile(Files.readAllBytes(p));
                if (b.length < 20000) out.add(b);
            }
        }
        return out;
    }

    private static final int[] INTERESTING = {0, 1, -1, -2, 2, 3, 4, 9, 13, 16, 19, 25, 255, 238, 241, 242, 244, 247, 249, 250,
        251, 252, 253, 254, 0x7f, 0x80, 0xff00, 0x10000, 65537, 0x7fffffff, 0x80000000, 0x7ffffffe, 1 << 20, 1 << 28,
        0x00000aff, 0x00ffffff, 0xffffff00};

    public static byte[] mutate(byte[] seed, SplittableRandom r) {
        byte[] b = seed.clone();
        int rounds = 1 + r.nextInt(4);
        for (int k = 0; k < rounds && b.length > 0; k++) {
            switch (r.nextInt(7)) {
                case 0: { // bit flip
                    int i = r.nextInt(b.length);
                    b[i] ^= (byte) (1 << r.nextInt(8));
                    break;
                }
                case 1: case 2: { // an interesting 32-bit word at a word boundary (lengths, flags, indices)
                    int i = (r.nextInt(Math.max(1, b.length / 4))) * 4 + (b[0] == 'A' ? 0 : 2);
                    if (i + 4 > b.length) break;
                    int v = INTERESTING[r.nextInt(INTERESTING.length)];
                    if (r.nextInt(3) == 0) v = v << 8 | 255; // a packed reference index
                    b[i] = (byte) (v >>> 24);
                    b[i + 1] = (byte) (v >>> 16);
                    b[i + 2] = (byte) (v >>> 8);
                    b[i + 3] = (byte) v;
                    break;
                }
                case 3: { // truncate
                    b = java.util.Arrays.copyOf(b, r.nextInt(b.length));
                    break;
                }
                case 4: { // duplicate a span
                    int i = r.nextInt(b.length), n = Math.min(b.length - i, 1 + r.nextInt(64));
                    byte[] c = new byte[b.length + n];
                    System.arraycopy(b, 0, c, 0, i + n);
                    System.arraycopy(b, i, c, i + n, b.length - i);
                    b = c;
                    break;
                }
                case 5: { // delete a span
                    int i = r.nextInt(b.length), n = Math.min(b.length - i, 1 + r.nextInt(64));
                    byte[] c = new byte[b.length - n];
                    System.arraycopy(b, 0, c, 0, i);
                    System.arraycopy(b, i + n, c, i, b.length - i - n);
                    b = c;
                    break;
                }
                default: { // random byte
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
            }
        }
        return b;
    }

    /** Reads one input; null when the outcome is acceptable. */
    static String check(byte[] input) {
        long t0 = System.nanoTime();
        try {
            Unserializer.read(input, 0, input.length, new TestHost(), "read error", 2000);
        } catch (SerializeException e) {
            if (e.getMessage() == null || e.getMessage().isEmpty()) return "empty error message";
        } catch (Throwable e) {
            return e.toString();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return ms > SLOW_MS ? "slow: " + ms + " ms" : null;
    }

    public static List<Finding> run(long cases, long seed, List<byte[]> seeds) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Finding> found = new ArrayList<>();
        for (long c = 0; c < cases; c++) {
            byte[] input = mutate(seeds.get(r.nextInt(seeds.size())), r);
            String problem = check(input);
            if (problem != null) found.add(new Finding(input, problem));
        }
        return found;
    }

    public static void main(String[] args) throws Exception {
        long cases = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 12;
        List<byte[]> seeds = seeds();
        long t0 = System.nanoTime();
        List<Finding> found = run(cases, seed, seeds);
        System.out.printf("%d cases from %d seeds in %.1f s: %d findings%n", cases, seeds.size(),
                (System.nanoTime() - t0) / 1e9, found.size());
        for (Finding f : found.subList(0, Math.min(20, found.size()))) System.out.println(f);
    }
}

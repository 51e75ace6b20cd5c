package org.rlambda.serialize;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.tukaani.xz.FinishableWrapperOutputStream;
import org.tukaani.xz.LZMA2InputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZ;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * The compressions GNU R's files and memCompress use: gzip/zlib (JDK), bzip2 (commons-compress)
 * and xz/raw LZMA2 (XZ for Java), with GNU R's containers: gzfile()'s gzip header, the
 * lazy-load database entries of src/main/connections.c (R_compress1/2/3: a 4-byte big-endian
 * length, then a type byte for 2 and 3). Every decompression stops at {@link #limit} bytes so a
 * decompression bomb ends in an error instead of exhausting memory.
 */
public final class Codecs {
    private Codecs() { }

    public enum Kind { NONE, GZIP, BZIP2, XZ }

    /** The most bytes a decompression may produce: a quarter of the heap. */
    static long limit() { return Math.max(16L << 20, Runtime.getRuntime().maxMemory() / 4); }

    public static Kind detect(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) return Kind.GZIP;
        if (b.length >= 3 && b[0] == 'B' && b[1] == 'Z' && b[2] == 'h') return Kind.BZIP2;
        if (b.length >= 5 && (b[0] & 0xFF) == 0xFD && b[1] == '7' && b[2] == 'z' && b[3] == 'X' && b[4] == 'Z') return Kind.XZ;
        return Kind.NONE;
    }

    /** Decompresses a whole file's bytes in the format it starts with (unchanged when it is not compressed). */
    public static byte[] decompressFile(byte[] b) throws IOException { return decompressFile(b, limit()); }

    /** As {@link #decompressFile(byte[])}, producing at most {@code max} bytes. */
    static byte[] decompressFile(byte[] b, long max) throws IOException {
        switch (detect(b)) {
            case GZIP: return readAll(new GZIPInputStream(new ByteArrayInputStream(b), 65536), max);
            case BZIP2: return readAll(new BZip2CompressorInputStream(new ByteArrayInputStream(b), true), max);
            case XZ: return readAll(new XZInputStream(new ByteArrayInputStream(b)), max);
            default: return b;
        }
    }

    private static byte[] readAll(InputStream in) throws IOException { return readAll(in, limit()); }

    private static byte[] readAll(InputStream in, long max) throws IOException {
        try (InputStream s = in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[65536];
            try {
                for (int n; (n = s.read(buf)) > 0; ) {
                    if (out.size() + (long) n > max) throw new SerializeException(tooLarge(max));
                    out.write(buf, 0, n);
                }
            } catch (java.io.EOFException e) {
                // a truncated file: what was decompressed is read, as GNU R's connections do
            }
            return out.toByteArray();
        }
    }

    static String tooLarge(long max) {
        return "decompressed data exceed the memory limit (" + (max >> 20) + " Mb)";
    }

    /** A gzip file as GNU R's gzfile() writes it (no name or time, OS code 3), deflate at {@code level}. */
    public static byte[] gzip(byte[] data, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
        out.write(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3}, 0, 10);
        Deflater d = new Deflater(level, true);
        d.setInput(data);
        d.finish();
        byte[] buf = new byte[65536];
        while (!d.finished()) {
            int n = d.deflate(buf);
            out.write(buf, 0, n);
        }
        d.end();
        CRC32 crc = new CRC32();
        crc.update(data);
        writeLE(out, (int) crc.getValue());
        writeLE(out, data.length);
        return out.toByteArray();
    }

    private static void writeLE(ByteArrayOutputStream out, int v) {
        out.write(v);
        out.write(v >>> 8);
        out.write(v >>> 16);
        out.write(v >>> 24);
    }

    /** zlib format (what memCompress(type = "gzip") and lazy-load databases use). */
    public static byte[] zlib(byte[] data, int level) {
        Deflater d = new Deflater(level);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
        byte[] buf = new byte[65536];
        while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        d.end();
        return out.toByteArray();
    }

    /** Inflates a zlib stream (or, with {@code gzip}, a gzip member); null when the data are not valid. */
    public static byte[] unzlib(byte[] data, int offset, boolean gzip) {
        if (gzip) {
            try {
                return readAll(new GZIPInputStream(new ByteArrayInputStream(data, offset, data.length - offset)));
            } catch (IOException e) {
                return null;
            }
        }
        Inflater inf = new Inflater();
        inf.setInput(data, offset, data.length - offset);
        long max = limit();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        try {
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) return null;
                if (out.size() + (long) n > max) throw new SerializeException(tooLarge(max));
                out.write(buf, 0, n);
            }
        } catch (DataFormatException e) {
            return null;
        } finally {
            inf.end();
        }
        return out.toByteArray();
    }

    public static byte[] bzip2(byte[] data, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
        try (BZip2CompressorOutputStream z = new BZip2CompressorOutputStream(out, Math.max(1, Math.min(9, level)))) {
            z.write(data);
        } catch (IOException e) {
            throw new SerializeException("internal error in bzip2 compression");
        }
        return out.toByteArray();
    }

    public static byte[] unbzip2(byte[] data, int offset) {
        try {
            return readAll(new BZip2CompressorInputStream(new ByteArrayInputStream(data, offset, data.length - offset), true));
        } catch (IOException e) {
            return null;
        }
    }

    /** An xz file with a CRC32 check, at {@code preset} (optionally extreme), as GNU R's xzfile()/memCompress write. */
    public static byte[] xz(byte[] data, int preset, boolean extreme) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
        try {
            LZMA2Options o = new LZMA2Options(Math.max(0, Math.min(9, preset)));
            try (XZOutputStream z = new XZOutputStream(out, o, XZ.CHECK_CRC32)) {
                z.write(data);
            }
        } catch (IOException e) {
            throw new SerializeException("internal error in xz compression");
        }
        return out.toByteArray();
    }

    public static byte[] unxz(byte[] data, int offset) {
        try {
            return readAll(new XZInputStream(new ByteArrayInputStream(data, offset, data.length - offset)));
        } catch (IOException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ lazy-load database entries

    private static int lengthPrefix(byte[] e) {
        if (e.length < 4) throw new SerializeException("lazy-load database entry is corrupt");
        return (e[0] & 0xFF) << 24 | (e[1] & 0xFF) << 16 | (e[2] & 0xFF) << 8 | (e[3] & 0xFF);
    }

    /** Decompresses a lazy-load database entry written with {@code compressed} = 1 (zlib), 2 (bzip2) or 3 (xz). */
    public static byte[] lazyEntry(byte[] e, int compressed) {
        int outlen = lengthPrefix(e);
        if (outlen < 0 || outlen > limit()) throw new SerializeException(tooLarge(limit()));
        byte[] r;
        if (compressed == 1) {
            r = unzlib(e, 4, false);
        } else {
            if (e.length < 5) throw new SerializeException("lazy-load database entry is corrupt");
            int type = e[4];
            switch (type) {
                case 'Z': r = unlzma2(e, 5); break;
                case '2': r = unbzip2(e, 5); break;
                case '1': r = unzlib(e, 5, false); break;
                case '0': r = java.util.Arrays.copyOfRange(e, 5, e.length); break;
                default: throw new SerializeException("unknown type in R_decompress3");
            }
        }
        if (r == null) throw new SerializeException("lazy-load database entry is corrupt");
        if (r.length != outlen) throw new SerializeException("lazy-load database entry is corrupt");
        return r;
    }

    /** A lazy-load database entry as GNU R's R_compress1/2/3 write it. */
    public static byte[] lazyCompress(byte[] data, int compressed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(data.length >>> 24);
        out.write(data.length >>> 16);
        out.write(data.length >>> 8);
        out.write(data.length);
        byte[] body;
        switch (compressed) {
            case 1:
                body = zlib(data, Deflater.DEFAULT_COMPRESSION);
                break;
            case 2: {
                byte[] z = bzip2(data, 9);
                // bzBuffToBuffCompress output is the bzip2 stream itself
                if (z.length > data.length) {
                    out.write('0');
                    body = data;
                } else {
                    out.write('2');
                    body = z;
                }
                break;
            }
            default: {
                out.write('Z');
                body = lzma2(data);
            }
        }
        out.write(body, 0, body.length);
        return out.toByteArray();
    }

    private static byte[] lzma2(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            LZMA2Options o = new LZMA2Options(6);
            try (OutputStream z = o.getOutputStream(new FinishableWrapperOutputStream(out))) {
                z.write(data);
            }
        } catch (IOException e) {
            throw new SerializeException("internal error in R_compress3");
        }
        return out.toByteArray();
    }

    private static byte[] unlzma2(byte[] e, int offset) {
        try {
            return readAll(new LZMA2InputStream(new ByteArrayInputStream(e, offset, e.length - offset),
                    LZMA2Options.DICT_SIZE_DEFAULT));
        } catch (IOException ex) {
            return null;
        }
    }
}

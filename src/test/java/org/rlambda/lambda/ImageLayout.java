package org.rlambda.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the image tar that Jib builds before the tests ({@code target/test-image/image.tar}, docker-save
 * format): its config, and each layer's entries; can unpack the layers into a root directory, so tests
 * run exactly the files the image holds.
 */
final class ImageLayout {
    static final Path IMAGE_TAR = Path.of("target", "test-image", "image.tar");

    record Entry(String name, boolean directory, int mode, long size) {}

    final JsonNode config;
    final List<String> layerNames;
    /** Layer history comment (Jib's layer name) to its entries, in layer order. */
    final Map<String, List<Entry>> layers = new LinkedHashMap<>();
    private final Map<String, byte[]> files;

    private ImageLayout(Map<String, byte[]> files) throws IOException {
        this.files = files;
        ObjectMapper m = new ObjectMapper();
        JsonNode manifest = m.readTree(files.get("manifest.json"));
        config = m.readTree(files.get(manifest.get(0).get("Config").asText()));
        layerNames = new ArrayList<>();
        JsonNode history = config.get("history");
        int i = 0;
        for (JsonNode l : manifest.get(0).get("Layers")) {
            String name = history.get(i++).path("comment").asText();
            layerNames.add(name);
            List<Entry> entries = new ArrayList<>();
            Tar.read(new GZIPInputStream(new java.io.ByteArrayInputStream(files.get(l.asText()))),
                    (h, in) -> entries.add(new Entry(h.name(), h.directory(), h.mode(), h.size())));
            layers.put(name, entries);
        }
    }

    static ImageLayout read(Path tar) throws IOException {
        if (!Files.isRegularFile(tar)) {
            throw new IllegalStateException(tar + " is missing: it is built by the jib 'test-image' execution in the "
                    + "process-test-classes phase; run the tests through Maven (not -Drlambda.testImage.skip)");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(tar))) {
            Tar.read(in, (h, body) -> files.put(h.name(), body.readAllBytes()));
        }
        return new ImageLayout(files);
    }

    /** Unpacks every layer in order under {@code root} (so /var/task becomes root/var/task). */
    void unpack(Path root) throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(files.get("manifest.json"));
        for (JsonNode l : manifest.get(0).get("Layers")) {
            Tar.read(new GZIPInputStream(new java.io.ByteArrayInputStream(files.get(l.asText()))), (h, in) -> {
                Path p = root.resolve(h.name()).normalize();
                if (!p.startsWith(root)) throw new IOException("layer entry escapes root: " + h.name());
                if (h.directory()) {
                    Files.createDirectories(p);
                } else {
                    Files.createDirectories(p.getParent());
                    Files.write(p, in.readAllBytes());
                }
            });
        }
    }

    String configString() { return new String(files.get("manifest.json"), StandardCharsets.UTF_8); }

    /** A minimal ustar/pax reader: enough for docker-save archives and Jib's layers. */
    static final class Tar {
        record Header(String name, boolean directory, int mode, long size) {}

        interface Visitor { void entry(Header h, InputStream body) throws IOException; }

        static void read(InputStream raw, Visitor v) throws IOException {
            InputStream in = raw instanceof BufferedInputStream ? raw : new BufferedInputStream(raw);
            byte[] block = new byte[512];
            String paxPath = null;
            while (true) {
                if (in.readNBytes(block, 0, 512) < 512) return;
                if (allZero(block)) return;
                String name = str(block, 0, 100);
                String prefix = str(block, 345, 155);
                if (!prefix.isEmpty()) name = prefix + "/" + name;
                int mode = (int) octal(block, 100, 8);
                long size = octal(block, 124, 12);
                char type = (char) block[156];
                byte[] body = in.readNBytes((int) size);
                long pad = (512 - size % 512) % 512;
                in.readNBytes((int) pad);
                if (type == 'x') {
                    paxPath = paxValue(new String(body, StandardCharsets.UTF_8), "path");
                    continue;
                }
                if (type == 'g') continue;
                if (paxPath != null) {
                    name = paxPath;
                    paxPath = null;
                }
                boolean dir = type == '5' || name.endsWith("/");
                v.entry(new Header(name, dir, mode, size), new java.io.ByteArrayInputStream(body));
            }
        }

        private static String paxValue(String records, String key) {
            for (String line : records.split("\n")) {
                int sp = line.indexOf(' ');
                int eq = line.indexOf('=');
                if (sp > 0 && eq > sp && line.substring(sp + 1, eq).equals(key)) return line.substring(eq + 1);
            }
            return null;
        }

        private static boolean allZero(byte[] b) {
            for (byte x : b) if (x != 0) return false;
            return true;
        }

        private static String str(byte[] b, int off, int len) {
            int end = off;
            while (end < off + len && b[end] != 0) end++;
            return new String(b, off, end - off, StandardCharsets.UTF_8);
        }

        private static long octal(byte[] b, int off, int len) {
            String s = str(b, off, len).trim();
            return s.isEmpty() ? 0 : Long.parseLong(s, 8);
        }
    }
}

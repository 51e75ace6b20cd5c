package org.rlambda.lambda;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real S3-compatible server for tests: S3Proxy with its filesystem backend, in its own JVM (its
 * shaded jar is copied to target/test-tools by the build and never joins our class path). Listens on
 * a free loopback port; anonymous access.
 */
final class S3ProxyServer implements AutoCloseable {
    static final Path JAR = Path.of("target", "test-tools", "s3proxy.jar");

    final String endpoint;
    final Path dataDir;
    private final Process process;
    private final Path log;

    S3ProxyServer(Path workDir) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the build copies it in generate-test-resources; run through Maven");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        endpoint = "http://127.0.0.1:" + port;
        dataDir = Files.createDirectories(workDir.resolve("s3-data"));
        Path conf = workDir.resolve("s3proxy.conf");
        Files.writeString(conf, String.join("\n",
                "s3proxy.endpoint=" + endpoint,
                "s3proxy.authorization=none",
                "jclouds.provider=filesystem-nio2",
                "jclouds.filesystem.basedir=" + dataDir,
                "jclouds.identity=local",
                "jclouds.credential=local", ""));
        log = workDir.resolve("s3proxy.log");
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xmx256m", "-jar", JAR.toString(), "--properties", conf.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!answers()) {
            if (!process.isAlive()) throw new IllegalStateException("S3Proxy exited:\n" + Files.readString(log));
            if (System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("S3Proxy did not start within 60 s:\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
    }

    private boolean answers() {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(endpoint + "/").toURL().openConnection();
            c.setConnectTimeout(500);
            c.setReadTimeout(2000);
            c.getResponseCode();
            c.disconnect();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** An SDK client for this server, configured the way the function's client is for an endpoint override. */
    S3Client client() {
        return S3Client.builder()
                .endpointOverride(URI.create(endpoint))
                .forcePathStyle(true)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Override public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }
}

package org.rlambda.aws;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.ssm.SsmClient;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SDK clients for the R API, built on first use (no cold-start cost for scripts that never call
 * AWS) from the standard AWS settings as the R session sees them (so {@code Sys.setenv()} works):
 * AWS_REGION / AWS_DEFAULT_REGION, AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN
 * (else the SDK's default chain), AWS_ENDPOINT_URL_&lt;SERVICE&gt; or AWS_ENDPOINT_URL. An S3
 * endpoint override switches to path-style addressing, which S3-compatible servers expect.
 * Clients are cached per distinct setting.
 */
final class AwsClients {
    private static final Map<Map<String, String>, Object> CACHE = new ConcurrentHashMap<>();

    private AwsClients() { }

    static S3Client s3(Map<String, String> env) {
        return (S3Client) CACHE.computeIfAbsent(key("s3", env), k -> {
            var b = S3Client.builder().httpClient(UrlConnectionHttpClient.create())
                    .region(region(env)).credentialsProvider(credentials(env));
            String endpoint = endpoint(env, "AWS_ENDPOINT_URL_S3");
            if (endpoint != null) b.endpointOverride(URI.create(endpoint)).forcePathStyle(true);
            return b.build();
        });
    }

    static SecretsManagerClient secrets(Map<String, String> env) {
        return (SecretsManagerClient) CACHE.computeIfAbsent(key("secretsmanager", env), k -> {
            var b = SecretsManagerClient.builder().httpClient(UrlConnectionHttpClient.create())
                    .region(region(env)).credentialsProvider(credentials(env));
            String endpoint = endpoint(env, "AWS_ENDPOINT_URL_SECRETS_MANAGER");
            if (endpoint != null) b.endpointOverride(URI.create(endpoint));
            return b.build();
        });
    }

    static SsmClient ssm(Map<String, String> env) {
        return (SsmClient) CACHE.computeIfAbsent(key("ssm", env), k -> {
            var b = SsmClient.builder().httpClient(UrlConnectionHttpClient.create())
                    .region(region(env)).credentialsProvider(credentials(env));
            String endpoint = endpoint(env, "AWS_ENDPOINT_URL_SSM");
            if (endpoint != null) b.endpointOverride(URI.create(endpoint));
            return b.build();
        });
    }

    private static Map<String, String> key(String service, Map<String, String> env) {
        Map<String, String> k = new java.util.TreeMap<>(env);
        k.put("\0service", service);
        return k;
    }

    private static Region region(Map<String, String> env) {
        String r = blankToNull(env.get("AWS_REGION"));
        if (r == null) r = blankToNull(env.get("AWS_DEFAULT_REGION"));
        return Region.of(r == null ? "us-east-1" : r);
    }

    private static AwsCredentialsProvider credentials(Map<String, String> env) {
        String id = blankToNull(env.get("AWS_ACCESS_KEY_ID")), secret = blankToNull(env.get("AWS_SECRET_ACCESS_KEY"));
        if (id == null || secret == null) return DefaultCredentialsProvider.builder().build();
        String token = blankToNull(env.get("AWS_SESSION_TOKEN"));
        return StaticCredentialsProvider.create(token == null ? AwsBasicCredentials.create(id, secret)
                : AwsSessionCredentials.create(id, secret, token));
    }

    private static String endpoint(Map<String, String> env, String serviceVariable) {
        String e = blankToNull(env.get(serviceVariable));
        return e != null ? e : blankToNull(env.get("AWS_ENDPOINT_URL"));
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}

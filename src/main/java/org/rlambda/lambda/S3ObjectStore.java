package org.rlambda.lambda;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * S3 through the AWS SDK v2. Region, credentials and endpoint come from the standard AWS environment
 * (AWS_REGION, AWS_ACCESS_KEY_ID/..., AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL); an endpoint override
 * (local S3-compatible servers) switches to path-style addressing, which such servers expect.
 * Failures are {@link ObjectStoreException}s with S3's error code and a one-line message.
 */
public final class S3ObjectStore implements ObjectStore {
    private final S3Client s3;
    private final String description;

    public S3ObjectStore(S3Client s3, String description) {
        this.s3 = s3;
        this.description = description;
    }

    public static S3ObjectStore fromEnvironment() { return fromEnvironment(System.getenv()); }

    public static S3ObjectStore fromEnvironment(Map<String, String> env) {
        S3ClientBuilder b = S3Client.builder().httpClient(UrlConnectionHttpClient.create());
        String endpoint = firstNonBlank(env.get("AWS_ENDPOINT_URL_S3"), env.get("AWS_ENDPOINT_URL"));
        if (endpoint != null) {
            b.endpointOverride(URI.create(endpoint)).forcePathStyle(true);
        }
        if (!isBlank(env.get("AWS_REGION"))) b.region(software.amazon.awssdk.regions.Region.of(env.get("AWS_REGION").strip()));
        try {
            return new S3ObjectStore(b.build(), endpoint == null ? "Amazon S3" : "S3 at " + endpoint);
        } catch (SdkClientException e) {
            if (String.valueOf(e.getMessage()).contains("region")) {
                throw new ObjectStoreSetupException("no AWS region is configured for S3: set AWS_REGION (e.g. AWS_REGION=eu-west-1)");
            }
            throw new ObjectStoreSetupException("cannot set up the S3 client: " + firstLine(e.getMessage()));
        }
    }

    public S3Client client() { return s3; }

    @Override public long size(String bucket, String key) throws IOException {
        try {
            return s3.headObject(r -> r.bucket(bucket).key(key)).contentLength();
        } catch (SdkException e) {
            throw failure("read", bucket, key, e);
        }
    }

    @Override public void download(String bucket, String key, Path target, long maxBytes) throws IOException {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(r -> r.bucket(bucket).key(key))) {
            Long len = in.response().contentLength();
            if (len != null && len > maxBytes) {
                in.abort();
                throw new ObjectStoreException("ObjectTooLarge", "s3://" + bucket + "/" + key + " is larger than the " + maxBytes + " bytes allowed");
            }
            LimitedCopy.toFile(in, target, maxBytes, "s3://" + bucket + "/" + key);
        } catch (SdkException e) {
            throw failure("read", bucket, key, e);
        }
    }

    @Override public void upload(String bucket, String key, Path file, String contentType) throws IOException {
        try {
            s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType), RequestBody.fromFile(file));
        } catch (SdkException e) {
            throw failure("write", bucket, key, e);
        }
    }

    /** S3's error code (NoSuchKey, AccessDenied, ...) and message, without the SDK's request details. */
    static ObjectStoreException failure(String verb, String bucket, String key, SdkException e) {
        String uri = "s3://" + bucket + "/" + key;
        if (e instanceof AwsServiceException a && a.awsErrorDetails() != null) {
            String code = a.awsErrorDetails().errorCode();
            if (code == null || code.isBlank()) code = a.statusCode() == 404 ? "NoSuchKey" : "S3Error";
            String msg = a.awsErrorDetails().errorMessage();
            if (a.statusCode() == 404 && (msg == null || msg.isBlank())) msg = "The specified key does not exist.";
            return new ObjectStoreException(code, "cannot " + verb + " " + uri + ": " + (msg == null ? code : msg));
        }
        if (e instanceof SdkClientException) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            return new ObjectStoreException("S3ClientError", "cannot " + verb + " " + uri + ": " + firstLine(msg));
        }
        return new ObjectStoreException("S3Error", "cannot " + verb + " " + uri + ": " + e.getMessage());
    }

    @Override public void close() { s3.close(); }

    @Override public String describe() { return description; }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl > 0 ? s.substring(0, nl) : s;
    }

    /** The S3 client cannot be built from the environment (no region, bad endpoint). */
    public static final class ObjectStoreSetupException extends IllegalStateException {
        ObjectStoreSetupException(String message) { super(message); }
    }

    private static boolean isBlank(String s) { return s == null || s.isBlank(); }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) return a;
        if (b != null && !b.isBlank()) return b;
        return null;
    }
}

package org.rlambda.lambda;

import software.amazon.awssdk.core.ResponseInputStream;
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
        return new S3ObjectStore(b.build(), endpoint == null ? "Amazon S3" : "S3 at " + endpoint);
    }

    public S3Client client() { return s3; }

    @Override public long size(String bucket, String key) throws IOException {
        try {
            return s3.headObject(r -> r.bucket(bucket).key(key)).contentLength();
        } catch (SdkException e) {
            throw new IOException("cannot read s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
        }
    }

    @Override public void download(String bucket, String key, Path target, long maxBytes) throws IOException {
        try (ResponseInputStream<GetObjectResponse> in = s3.getObject(r -> r.bucket(bucket).key(key))) {
            Long len = in.response().contentLength();
            if (len != null && len > maxBytes) {
                in.abort();
                throw new IOException("s3://" + bucket + "/" + key + " is larger than the " + maxBytes + " bytes allowed");
            }
            LimitedCopy.toFile(in, target, maxBytes, "s3://" + bucket + "/" + key);
        } catch (SdkException e) {
            throw new IOException("cannot read s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
        }
    }

    @Override public void upload(String bucket, String key, Path file, String contentType) throws IOException {
        try {
            s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType), RequestBody.fromFile(file));
        } catch (SdkException e) {
            throw new IOException("cannot write s3://" + bucket + "/" + key + ": " + e.getMessage(), e);
        }
    }

    @Override public String describe() { return description; }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) return a;
        if (b != null && !b.isBlank()) return b;
        return null;
    }
}

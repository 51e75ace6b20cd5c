package org.rlambda.aws;

import org.rlambda.eval.Builtins;
import org.rlambda.eval.Interpreter;
import org.rlambda.sexp.DoubleVector;
import org.rlambda.sexp.IntVector;
import org.rlambda.sexp.ListVector;
import org.rlambda.sexp.LogicalVector;
import org.rlambda.sexp.Null;
import org.rlambda.sexp.RawVector;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The SDK calls behind the aws.s3-style R API (aws.R): S3 objects and listings, Secrets Manager
 * secrets, SSM parameters. Each builtin takes the AWS settings as the R session sees them
 * ({@code env}, a named character vector) and returns its value, or a list of class
 * {@code aws_failure} (code, status, message, request_id) that aws.R signals as an R condition
 * carrying the AWS error code.
 */
public final class AwsBuiltins {
    private AwsBuiltins() { }

    public static void register(Builtins b) {
        b.add(".aws_s3_get", "env, bucket, key", (in, call, a, rho) -> aws(() -> new RawVector(
                AwsClients.s3(env(a[0])).getObject(r -> r.bucket(str(a[1])).key(str(a[2])), ResponseTransformer.toBytes()).asByteArray())));
        b.add(".aws_s3_save", "env, bucket, key, file", (in, call, a, rho) -> aws(() -> {
            Path target = Path.of(str(a[3])).toAbsolutePath();
            Path tmp = Files.createTempFile(target.getParent(), ".rlambda-", ".part");
            try {
                Files.delete(tmp);
                AwsClients.s3(env(a[0])).getObject(r -> r.bucket(str(a[1])).key(str(a[2])), ResponseTransformer.toFile(tmp));
                Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return StringVector.of(str(a[3]));
        }));
        b.add(".aws_s3_put", "env, bucket, key, what, content_type, metadata", (in, call, a, rho) -> aws(() -> {
            RequestBody body = a[3] instanceof RawVector raw ? RequestBody.fromBytes(raw.values()) : RequestBody.fromFile(Path.of(str(a[3])));
            Map<String, String> meta = env(a[5]);
            String ct = a[4] instanceof StringVector s && s.length() == 1 && s.get(0) != StringVector.NA ? s.get(0) : null;
            AwsClients.s3(env(a[0])).putObject(r -> {
                r.bucket(str(a[1])).key(str(a[2])).metadata(meta);
                if (ct != null) r.contentType(ct);
            }, body);
            return LogicalVector.TRUE;
        }));
        b.add(".aws_s3_head", "env, bucket, key", (in, call, a, rho) -> aws(() -> head(
                AwsClients.s3(env(a[0])).headObject(r -> r.bucket(str(a[1])).key(str(a[2]))))));
        b.add(".aws_s3_delete", "env, bucket, key", (in, call, a, rho) -> aws(() -> {
            AwsClients.s3(env(a[0])).deleteObject(r -> r.bucket(str(a[1])).key(str(a[2])));
            return LogicalVector.TRUE;
        }));
        b.add(".aws_s3_bucket_head", "env, bucket", (in, call, a, rho) -> aws(() -> {
            AwsClients.s3(env(a[0])).headBucket(r -> r.bucket(str(a[1])));
            return LogicalVector.TRUE;
        }));
        b.add(".aws_s3_list", "env, bucket, prefix, delimiter, max", (in, call, a, rho) -> aws(() -> list(in, a)));
        b.add(".aws_secret", "env, id, version_stage", (in, call, a, rho) -> aws(() -> {
            var v = AwsClients.secrets(env(a[0])).getSecretValue(r -> {
                r.secretId(str(a[1]));
                if (a[2] instanceof StringVector s && s.length() == 1) r.versionStage(s.get(0));
            });
            return v.secretString() != null ? StringVector.of(v.secretString()) : new RawVector(v.secretBinary().asByteArray());
        }));
        b.add(".aws_parameter", "env, name, decrypt", (in, call, a, rho) -> aws(() -> {
            boolean decrypt = !(a[2] instanceof LogicalVector l) || l.get(0) != 0;
            return StringVector.of(AwsClients.ssm(env(a[0])).getParameter(r -> r.name(str(a[1])).withDecryption(decrypt)).parameter().value());
        }));
    }

    private interface Call { SEXP run() throws java.io.IOException; }

    private static SEXP aws(Call c) {
        try {
            return c.run();
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() != null && e.awsErrorDetails().errorCode() != null
                    ? e.awsErrorDetails().errorCode() : defaultCode(e.statusCode());
            String msg = e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                    ? e.awsErrorDetails().errorMessage() : defaultMessage(e.statusCode());
            return failure(code, e.statusCode(), msg, e.requestId());
        } catch (SdkException e) {
            return failure("SdkClientError", -1, e.getMessage(), null);
        } catch (java.io.IOException e) {
            return failure("LocalFileError", -1, e.getMessage(), null);
        } catch (IllegalArgumentException e) {
            return failure("InvalidArgument", -1, e.getMessage(), null);
        }
    }

    /** HEAD responses carry no error body, so no error code: name them as S3 does for GET. */
    private static String defaultCode(int status) {
        return switch (status) {
            case 404 -> "NotFound";
            case 403 -> "Forbidden";
            case 400 -> "BadRequest";
            case 301 -> "PermanentRedirect";
            default -> "HTTP" + status;
        };
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 404 -> "Not Found";
            case 403 -> "Forbidden";
            default -> "HTTP status " + status;
        };
    }

    private static SEXP failure(String code, int status, String message, String requestId) {
        Map<String, SEXP> m = new LinkedHashMap<>();
        m.put("code", StringVector.of(code));
        m.put("status", IntVector.of(status));
        m.put("message", StringVector.of(message == null ? "" : message));
        m.put("request_id", requestId == null ? Null.NULL : StringVector.of(requestId));
        ListVector l = named(m);
        l.setAttributeRaw("class", StringVector.of("aws_failure"));
        return l;
    }

    private static SEXP head(HeadObjectResponse h) {
        Map<String, SEXP> m = new LinkedHashMap<>();
        m.put("content-length", DoubleVector.of(h.contentLength() == null ? DoubleVector.NA : h.contentLength()));
        m.put("content-type", StringVector.of(h.contentType() == null ? StringVector.NA : h.contentType()));
        m.put("etag", StringVector.of(h.eTag() == null ? StringVector.NA : h.eTag()));
        m.put("last-modified", StringVector.of(h.lastModified() == null ? StringVector.NA : h.lastModified().toString()));
        for (Map.Entry<String, String> e : h.metadata().entrySet()) m.put("x-amz-meta-" + e.getKey(), StringVector.of(e.getValue()));
        return named(m);
    }

    /** Columns Key, LastModified, ETag, Size, StorageClass (and CommonPrefixes), following continuation tokens up to max. */
    private static SEXP list(Interpreter in, SEXP[] a) {
        String prefix = optional(a[2]), delimiter = optional(a[3]);
        double max = a[4] instanceof DoubleVector d ? d.get(0) : a[4] instanceof IntVector i ? i.get(0) : 1000;
        List<String> keys = new ArrayList<>(), modified = new ArrayList<>(), etags = new ArrayList<>(), classes = new ArrayList<>();
        List<Double> sizes = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        String token = null;
        var s3 = AwsClients.s3(env(a[0]));
        do {
            ListObjectsV2Request.Builder r = ListObjectsV2Request.builder().bucket(str(a[1]));
            if (prefix != null) r.prefix(prefix);
            if (delimiter != null) r.delimiter(delimiter);
            if (token != null) r.continuationToken(token);
            int left = (int) Math.min(1000, max - keys.size());
            r.maxKeys(left);
            ListObjectsV2Response page = s3.listObjectsV2(r.build());
            for (S3Object o : page.contents()) {
                keys.add(o.key());
                modified.add(o.lastModified() == null ? StringVector.NA : o.lastModified().toString());
                etags.add(o.eTag() == null ? StringVector.NA : o.eTag());
                sizes.add(o.size() == null ? DoubleVector.NA : o.size().doubleValue());
                classes.add(o.storageClassAsString() == null ? "STANDARD" : o.storageClassAsString());
            }
            page.commonPrefixes().forEach(p -> prefixes.add(p.prefix()));
            token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
        } while (token != null && keys.size() < max);
        Map<String, SEXP> m = new LinkedHashMap<>();
        m.put("Key", new StringVector(keys.toArray(new String[0])));
        m.put("LastModified", new StringVector(modified.toArray(new String[0])));
        m.put("ETag", new StringVector(etags.toArray(new String[0])));
        m.put("Size", new DoubleVector(sizes.stream().mapToDouble(Double::doubleValue).toArray()));
        m.put("StorageClass", new StringVector(classes.toArray(new String[0])));
        m.put("CommonPrefixes", new StringVector(prefixes.toArray(new String[0])));
        return named(m);
    }

    private static ListVector named(Map<String, SEXP> m) {
        ListVector l = new ListVector(m.values().toArray(new SEXP[0]));
        l.setAttributeRaw("names", new StringVector(m.keySet().toArray(new String[0])));
        return l;
    }

    private static String optional(SEXP x) {
        return x instanceof StringVector s && s.length() == 1 && s.get(0) != StringVector.NA && !s.get(0).isEmpty() ? s.get(0) : null;
    }

    private static String str(SEXP x) {
        if (x instanceof StringVector s && s.length() == 1 && s.get(0) != StringVector.NA) return s.get(0);
        throw new IllegalArgumentException("expected a single string");
    }

    /** A named character vector (the AWS settings, or metadata) as a map; NA and "" entries are left out. */
    private static Map<String, String> env(SEXP x) {
        Map<String, String> m = new LinkedHashMap<>();
        if (!(x instanceof StringVector s)) return m;
        SEXP names = s.getAttribute("names");
        if (!(names instanceof StringVector n)) return m;
        for (int i = 0; i < s.length(); i++) {
            if (s.get(i) != StringVector.NA && !s.get(i).isEmpty()) m.put(n.get(i), s.get(i));
        }
        return m;
    }
}

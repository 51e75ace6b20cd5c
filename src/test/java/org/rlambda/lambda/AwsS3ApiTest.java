package org.rlambda.lambda;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rlambda.engine.REngine;
import org.rlambda.engine.RException;
import org.rlambda.sexp.SEXP;
import org.rlambda.sexp.StringVector;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The aws.s3-style R functions (aws.R) against the real local S3 server (S3Proxy). */
class AwsS3ApiTest {
    @TempDir static Path root;
    static S3ProxyServer s3;
    static REngine r;
    static ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeAll static void start() throws Exception {
        s3 = new S3ProxyServer(root);
        try (var c = s3.client()) {
            c.createBucket(b -> b.bucket("r-bucket"));
        }
        PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
        r = new REngine(p, p);
        r.eval("Sys.setenv(AWS_ENDPOINT_URL_S3 = '" + s3.endpoint + "', AWS_ACCESS_KEY_ID = 'local', "
                + "AWS_SECRET_ACCESS_KEY = 'local', AWS_REGION = 'us-east-1')");
    }

    @AfterAll static void stop() throws Exception {
        if (r != null) r.close();
        if (s3 != null) s3.close();
    }

    static String str(String code) {
        SEXP v = r.eval(code);
        assertInstanceOf(StringVector.class, v, code);
        StringVector sv = (StringVector) v;
        String[] parts = new String[sv.length()];
        for (int i = 0; i < parts.length; i++) parts[i] = sv.get(i);
        return String.join("|", parts);
    }

    @Test void rawBytesRoundTripThroughPutAndGet() {
        assertEquals("TRUE", str("as.character(put_object(as.raw(c(0, 255, 10)), 'bin/x.bin', 'r-bucket'))"));
        assertEquals("00|ff|0a", str("as.character(get_object('bin/x.bin', 'r-bucket'))"));
        assertEquals("00|ff|0a", str("as.character(get_object('s3://r-bucket/bin/x.bin'))"));
    }

    @Test void filesRoundTripThroughPutAndSaveObject() {
        str("f <- tempfile(fileext = '.txt'); writeLines(c('a', 'b'), f); put_object(f, 'txt/ab.txt', 'r-bucket'); 'x'");
        assertEquals("a|b", str("readLines(save_object('txt/ab.txt', 'r-bucket', file = tempfile()))"));
        assertEquals("text/plain", str("attr(head_object('txt/ab.txt', 'r-bucket'), 'content-type')"));
        assertEquals("4", str("as.character(attr(head_object('txt/ab.txt', 'r-bucket'), 'content-length'))"));
    }

    @Test void existenceChecksAnswerFalseForMissingObjectsAndBuckets() {
        str("put_object(charToRaw('1'), 'e/here', 'r-bucket'); 'x'");
        assertEquals("TRUE|FALSE|FALSE|TRUE|FALSE", str("as.character(c(object_exists('e/here', 'r-bucket'), "
                + "object_exists('e/gone', 'r-bucket'), as.logical(head_object('e/gone', 'r-bucket')), "
                + "bucket_exists('r-bucket'), bucket_exists('no-such-bucket-here')))"));
    }

    @Test void deleteObjectRemovesIt() {
        str("put_object(charToRaw('1'), 'd/x', 'r-bucket'); delete_object('d/x', 'r-bucket'); 'x'");
        assertEquals("FALSE", str("as.character(object_exists('d/x', 'r-bucket'))"));
    }

    @Test void listingsAsObjectsAndAsDataFrame() {
        str("for (i in 1:3) put_object(charToRaw(strrep('z', i)), paste0('list/f', i, '.txt'), 'r-bucket'); 'x'");
        assertEquals("list/f1.txt|list/f2.txt|list/f3.txt", str("get_bucket_df('r-bucket', prefix = 'list/')$Key"));
        assertEquals("1|2|3", str("as.character(get_bucket_df('r-bucket', prefix = 'list/')$Size)"));
        assertEquals("2|list/f2.txt", str("b <- get_bucket('r-bucket', prefix = 'list/', max = 2); c(length(b), b[[2]]$Key)"));
        assertEquals("Key|LastModified|ETag|Size|StorageClass|Bucket", str("names(get_bucket_df('r-bucket', prefix = 'list/'))"));
    }

    @Test void readAndWriteUsingFunctions() {
        str("s3write_using(data.frame(x = 1:2, y = c('a', 'b')), FUN = write.csv, row.names = FALSE, object = 'csv/d.csv', bucket = 'r-bucket'); 'x'");
        assertEquals("\"x\",\"y\"|1,\"a\"|2,\"b\"", str("rawToChar(get_object('csv/d.csv', 'r-bucket'))").replace("\n", "|").replaceAll("\\|$", ""));
        assertEquals("3", str("d <- s3read_using(read.csv, object = 's3://r-bucket/csv/d.csv'); as.character(sum(d$x))"));
    }

    @Test void s3sourceRunsTheScript() {
        str("put_object(charToRaw('from_s3 <- 6 * 7'), 'code/s.R', 'r-bucket'); s3source('code/s.R', 'r-bucket'); 'x'");
        assertEquals("42", str("as.character(from_s3)"));
    }

    @Test void rdsRoundTripWhenSerializationIsAvailable() {
        boolean available = "TRUE".equals(str("as.character(exists('readRDS') && exists('saveRDS'))"));
        if (available) {
            str("s3saveRDS(list(a = 1:3, b = 'x'), 'rds/l.rds', 'r-bucket'); 'x'");
            assertEquals("TRUE", str("as.character(identical(s3readRDS('rds/l.rds', 'r-bucket'), list(a = 1:3, b = 'x')))"));
        } else {
            RException e = assertThrows(RException.class, () -> r.eval("s3saveRDS(1, 'rds/l.rds', 'r-bucket')"));
            assertTrue(e.getMessage().contains("needs saveRDS()"), e.getMessage());
        }
    }

    @Test void awsErrorsAreConditionsWithTheAwsErrorCode() {
        assertEquals("aws_NoSuchKey|aws_error|error|condition|NoSuchKey|404",
                str("e <- tryCatch(get_object('none', 'r-bucket'), aws_error = function(e) e); c(class(e), e$code, e$status)"));
        assertEquals("NoSuchBucket", str("tryCatch(get_object('k', 'no-such-bucket-here'), aws_error = function(e) e$code)"));
        RException e = assertThrows(RException.class, () -> r.eval("get_object('none', 'r-bucket')"));
        assertEquals("Error in get_object(\"none\", \"r-bucket\") : \n  s3://r-bucket/none: NoSuchKey (HTTP 404): The specified key does not exist.",
                e.formatted());
    }
}

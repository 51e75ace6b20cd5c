package org.rlambda.lambda;

import java.nio.file.Path;

/** What the R handler receives for one S3 record: the downloaded file and where it came from. */
public record ObjectInput(Path path, String bucket, String key, long size, String eventTime, Path outputDir) {}

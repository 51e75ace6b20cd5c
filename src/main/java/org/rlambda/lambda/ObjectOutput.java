package org.rlambda.lambda;

import java.nio.file.Path;

/**
 * A finished result for one S3 record, held in a local file until every record has succeeded.
 *
 * @param file        the bytes to upload
 * @param extension   appended to the output key ("csv", "json", "txt", or the extension of a file the script wrote)
 * @param contentType the object's Content-Type
 */
public record ObjectOutput(Path file, String extension, String contentType) {}

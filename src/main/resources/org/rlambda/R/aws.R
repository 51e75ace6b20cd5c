# AWS from R: the object functions of the cloudyr aws.s3 package with its names and arguments,
# plus secrets (Secrets Manager) and parameters (SSM Parameter Store), over the AWS SDK v2
# (org.rlambda.aws.AwsBuiltins). Credentials, region and endpoint come from the standard AWS
# environment variables as the R session sees them. A failed request signals an R error of class
# c("aws_<Code>", "aws_error", "error", "condition") whose `code` is the AWS error code.

.aws_env <- function() {
  vars <- c("AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3",
            "AWS_ENDPOINT_URL_SECRETS_MANAGER", "AWS_ENDPOINT_URL_SSM")
  Sys.getenv(vars, unset = "", names = TRUE)
}

.aws_check <- function(x, call = sys.call(-1L), what = NULL) {
  if (!inherits(x, "aws_failure")) return(x)
  msg <- paste0(if (!is.null(what)) paste0(what, ": "), x$code,
                if (x$status > 0L) paste0(" (HTTP ", x$status, ")"),
                if (nzchar(x$message)) paste0(": ", x$message))
  cond <- structure(class = c(paste0("aws_", x$code), "aws_error", "error", "condition"),
                    list(message = msg, call = call, code = x$code, status = x$status, request_id = x$request_id))
  stop(cond)
}

# object = "s3://bucket/key" or a key with bucket given separately (aws.s3's get_bucketname/get_objectkey).
.aws_locate <- function(object, bucket) {
  if (!is.character(object) || length(object) != 1L || is.na(object)) stop("'object' must be a single string")
  if (startsWith(object, "s3://")) {
    rest <- substr(object, 6L, nchar(object))
    slash <- regexpr("/", rest, fixed = TRUE)
    if (slash < 0) return(list(bucket = rest, key = ""))
    return(list(bucket = substr(rest, 1L, slash - 1L), key = substr(rest, slash + 1L, nchar(rest))))
  }
  if (missing(bucket) || is.null(bucket)) stop("argument \"bucket\" is missing, with no default")
  if (is.list(bucket)) bucket <- bucket$Name
  if (!is.character(bucket) || length(bucket) != 1L || is.na(bucket)) stop("'bucket' must be a single string")
  list(bucket = bucket, key = sub("^/", "", object))
}

.aws_where <- function(l) paste0("s3://", l$bucket, "/", l$key)

get_object <- function(object, bucket, ...) {
  l <- .aws_locate(object, bucket)
  .aws_check(.aws_s3_get(.aws_env(), l$bucket, l$key), sys.call(), .aws_where(l))
}

save_object <- function(object, bucket, file = basename(object), overwrite = TRUE, ...) {
  l <- .aws_locate(object, bucket)
  if (file.exists(file) && !isTRUE(overwrite)) stop("File already exists and overwrite = FALSE")
  dir <- dirname(file)
  if (!dir.exists(dir)) dir.create(dir, recursive = TRUE)
  .aws_check(.aws_s3_save(.aws_env(), l$bucket, l$key, file), sys.call(), .aws_where(l))
  invisible(file)
}

put_object <- function(file, object, bucket, multipart = FALSE, acl = NULL, headers = list(), ...) {
  if (missing(object) && is.character(file)) object <- basename(file)
  l <- .aws_locate(object, bucket)
  what <- if (is.raw(file)) file
          else if (is.character(file) && length(file) == 1L && file.exists(file)) normalizePath(file)
          else if (is.character(file)) charToRaw(paste(file, collapse = "\n"))
          else stop("'file' must be a file path, a character string or a raw vector")
  headers <- as.list(headers)
  ct <- headers[["Content-Type"]]
  if (is.null(ct)) ct <- headers[["content-type"]]
  meta <- headers[startsWith(tolower(names(headers)), "x-amz-meta-")]
  meta <- vapply(meta, as.character, character(1))
  names(meta) <- substr(names(meta), 12L, nchar(names(meta)))
  if (is.null(ct) && is.character(what) && !is.raw(file)) ct <- .aws_content_type(what)
  .aws_check(.aws_s3_put(.aws_env(), l$bucket, l$key, what, if (is.null(ct)) NA_character_ else ct, meta),
             sys.call(), .aws_where(l))
}

.aws_content_type <- function(path) {
  ext <- tolower(sub(".*\\.", "", basename(path)))
  types <- c(csv = "text/csv", json = "application/json", txt = "text/plain", html = "text/html",
             png = "image/png", jpg = "image/jpeg", jpeg = "image/jpeg", rds = "application/octet-stream",
             r = "text/plain", tsv = "text/tab-separated-values", xml = "application/xml")
  t <- types[ext]
  if (is.na(t)) NA_character_ else unname(t)
}

head_object <- function(object, bucket, ...) {
  l <- .aws_locate(object, bucket)
  h <- .aws_s3_head(.aws_env(), l$bucket, l$key)
  if (inherits(h, "aws_failure")) {
    if (identical(h$status, 404L)) return(structure(FALSE, class = "logical"))
    .aws_check(h, sys.call(), .aws_where(l))
  }
  do.call(structure, c(list(TRUE), h))
}

object_exists <- function(object, bucket, ...) {
  l <- .aws_locate(object, bucket)
  h <- .aws_s3_head(.aws_env(), l$bucket, l$key)
  if (inherits(h, "aws_failure")) {
    if (identical(h$status, 404L)) return(FALSE)
    .aws_check(h, sys.call(), .aws_where(l))
  }
  TRUE
}

delete_object <- function(object, bucket, quiet = TRUE, ...) {
  for (o in object) {
    l <- .aws_locate(o, bucket)
    .aws_check(.aws_s3_delete(.aws_env(), l$bucket, l$key), sys.call(), .aws_where(l))
  }
  TRUE
}

bucket_exists <- function(bucket, ...) {
  if (is.list(bucket)) bucket <- bucket$Name
  r <- .aws_s3_bucket_head(.aws_env(), bucket)
  if (inherits(r, "aws_failure")) {
    if (r$status %in% c(404L, 403L, 301L)) return(FALSE)
    .aws_check(r, sys.call(), paste0("s3://", bucket))
  }
  TRUE
}

.aws_list <- function(bucket, prefix, delimiter, max) {
  if (is.list(bucket)) bucket <- bucket$Name
  if (is.null(max)) max <- 1000
  .aws_check(.aws_s3_list(.aws_env(), bucket, if (is.null(prefix)) NA_character_ else prefix,
                          if (is.null(delimiter)) NA_character_ else delimiter, as.numeric(max)),
             sys.call(-1L), paste0("s3://", bucket))
}

get_bucket <- function(bucket, prefix = NULL, delimiter = NULL, max = NULL, marker = NULL, ...) {
  r <- .aws_list(bucket, prefix, delimiter, max)
  objects <- lapply(seq_along(r$Key), function(i)
    structure(list(Key = r$Key[i], LastModified = r$LastModified[i], ETag = r$ETag[i], Size = r$Size[i],
                   StorageClass = r$StorageClass[i], Bucket = bucket), class = "s3_object"))
  names(objects) <- rep("Contents", length(objects))
  structure(objects, class = "s3_bucket", Name = bucket, Prefix = if (is.null(prefix)) "" else prefix,
            CommonPrefixes = r$CommonPrefixes)
}

get_bucket_df <- function(bucket, prefix = NULL, delimiter = NULL, max = NULL, marker = NULL, ...) {
  r <- .aws_list(bucket, prefix, delimiter, max)
  data.frame(Key = r$Key, LastModified = r$LastModified, ETag = r$ETag, Size = r$Size,
             StorageClass = r$StorageClass, Bucket = rep(bucket, length(r$Key)), stringsAsFactors = FALSE)
}

print.s3_object <- function(x, ...) {
  cat("Key:           ", x$Key, "\n", "LastModified:  ", x$LastModified, "\n", "ETag:          ", x$ETag, "\n",
      "Size (B):      ", format(x$Size), "\n", "StorageClass:  ", x$StorageClass, "\n", sep = "")
  invisible(x)
}

print.s3_bucket <- function(x, ...) {
  cat("Bucket:", attr(x, "Name"), "\n\n")
  for (o in x) { print(o); cat("\n") }
  invisible(x)
}

.aws_tempfile <- function(object) {
  ext <- if (grepl("\\.[A-Za-z0-9]+$", object)) sub(".*(\\.[A-Za-z0-9]+)$", "\\1", object) else ""
  tempfile(fileext = ext)
}

s3read_using <- function(FUN, ..., object, bucket, opts = NULL, filename = NULL) {
  tmp <- if (is.null(filename)) .aws_tempfile(object) else file.path(tempdir(), filename)
  on.exit(unlink(tmp))
  if (missing(bucket)) save_object(object, file = tmp) else save_object(object, bucket, file = tmp)
  FUN(tmp, ...)
}

s3write_using <- function(x, FUN, ..., object, bucket, opts = NULL) {
  tmp <- .aws_tempfile(object)
  on.exit(unlink(tmp))
  FUN(x, tmp, ...)
  if (missing(bucket)) put_object(tmp, object) else put_object(tmp, object, bucket)
}

s3saveRDS <- function(x, object = paste0(as.character(substitute(x)), ".rds"), bucket, compress = TRUE, ...) {
  if (!exists("saveRDS", mode = "function")) stop("s3saveRDS needs saveRDS(), which this runtime does not provide yet")
  tmp <- tempfile(fileext = ".rds")
  on.exit(unlink(tmp))
  saveRDS(x, file = tmp, compress = compress)
  if (missing(bucket)) put_object(tmp, object) else put_object(tmp, object, bucket)
}

s3readRDS <- function(object, bucket, ...) {
  if (!exists("readRDS", mode = "function")) stop("s3readRDS needs readRDS(), which this runtime does not provide yet")
  tmp <- tempfile(fileext = ".rds")
  on.exit(unlink(tmp))
  if (missing(bucket)) save_object(object, file = tmp) else save_object(object, bucket, file = tmp)
  readRDS(tmp)
}

s3source <- function(object, bucket, ..., opts = NULL) {
  tmp <- tempfile(fileext = ".R")
  on.exit(unlink(tmp))
  if (missing(bucket)) save_object(object, file = tmp) else save_object(object, bucket, file = tmp)
  source(tmp, ...)
}

# A secret's value (a string; raw for binary secrets). JSON secrets: jsonlite::fromJSON(get_secret(id)).
get_secret <- function(secret_id, version_stage = NULL) {
  if (!is.character(secret_id) || length(secret_id) != 1L) stop("'secret_id' must be a single string")
  .aws_check(.aws_secret(.aws_env(), secret_id, version_stage), sys.call(), paste0("secret ", secret_id))
}

# An SSM Parameter Store value; SecureString parameters are decrypted unless decrypt = FALSE.
get_parameter <- function(name, decrypt = TRUE) {
  if (!is.character(name) || length(name) != 1L) stop("'name' must be a single string")
  .aws_check(.aws_parameter(.aws_env(), name, isTRUE(decrypt)), sys.call(), paste0("parameter ", name))
}

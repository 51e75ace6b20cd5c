# Event adapters for the Lambda triggers: HTTP (API Gateway REST/HTTP API, Function URLs, ALB),
# SQS, SNS, EventBridge, DynamoDB and Kinesis streams, Step Functions Distributed Map.
# The Lambda layer (org.rlambda.lambda.EventKind) recognises the event's shape and calls the
# adapter named for it with the user's handler, the event's JSON text and the context list; the
# adapter calls the handler (per record for batches) with the arguments it declares and returns
# the response in the shape the calling service expects.

# An HTTP response other than "200 with a JSON body": text, HTML, CSV, or binary from raw bytes.
http_response <- function(body = NULL, status = 200L, headers = list(), content_type = NULL, base64 = FALSE) {
  if (!is.numeric(status) || length(status) != 1L || is.na(status))
    stop("'status' must be a single HTTP status code")
  if (!is.list(headers)) headers <- as.list(headers)
  structure(list(body = body, status = as.integer(status), headers = headers,
                 content_type = content_type, base64 = isTRUE(base64)),
            class = "http_response")
}

print.http_response <- function(x, ...) {
  cat("<http_response ", x$status, if (!is.null(x$content_type)) paste0(" ", x$content_type), ">\n", sep = "")
  invisible(x)
}

# Calls the handler with the arguments it declares (all of them when it has ...), plus context.
.rlambda_call_handler <- function(handler, args, context) {
  fa <- names(formals(handler))
  if ("context" %in% fa) args[["context"]] <- context
  if (!("..." %in% fa)) args <- args[names(args) %in% fa]
  # called as handler(body = body, ...) with the values bound by name, so that errors and
  # tracebacks show a readable call instead of the deparsed function and values
  env <- list2env(args, parent = environment())
  env$handler <- handler
  nm <- names(args)
  call <- as.call(c(list(as.name("handler")), setNames(lapply(nm, as.name), nm)))
  eval(call, env)
}

# The text GNU R prints for an uncaught error, for the log.
.rlambda_error_text <- function(e) {
  call <- conditionCall(e)
  msg <- conditionMessage(e)
  if (is.null(call)) paste0("Error: ", msg)
  else {
    d <- deparse(call)
    paste0("Error in ", if (length(d) > 1L) paste0(d[1L], " ...") else d, " : ", msg)
  }
}

.rlambda_log_error <- function(e, what = NULL) {
  message(if (!is.null(what)) paste0(what, ": "), .rlambda_error_text(e))
}

.rlambda_env_true <- function(name) tolower(Sys.getenv(name, "false")) %in% c("true", "1", "yes")

.rlambda_is_json_text <- function(text) {
  is.character(text) && length(text) == 1L && !is.na(text) && grepl("^\\s*[[{\"0-9tfn-]", text) && jsonlite::validate(text)
}

# A message body: parsed with jsonlite's rules when it is JSON, else the text itself.
.rlambda_maybe_json <- function(text) {
  if (is.null(text)) return(NULL)
  if (.rlambda_is_json_text(text)) jsonlite::fromJSON(text) else text
}

.rlambda_null_or <- function(x, default) if (is.null(x)) default else x

# ---- HTTP ---------------------------------------------------------------------------------------

# "a=1&b=2&a=3" -> list(a = c("1", "3"), b = "2"); '+' is a space, as in HTML forms.
.rlambda_parse_query <- function(qs) {
  if (is.null(qs) || length(qs) == 0L || is.na(qs) || qs == "") return(setNames(list(), character(0)))
  qs <- sub("^[?]", "", qs)
  parts <- strsplit(qs, "&", fixed = TRUE)[[1L]]
  parts <- parts[parts != ""]
  out <- list()
  for (p in parts) {
    eq <- regexpr("=", p, fixed = TRUE)
    key <- if (eq > 0) substr(p, 1L, eq - 1L) else p
    val <- if (eq > 0) substr(p, eq + 1L, nchar(p)) else ""
    key <- .rlambda_url_decode(key, plus = TRUE)
    val <- .rlambda_url_decode(val, plus = TRUE)
    out[[key]] <- c(out[[key]], val)
  }
  if (length(out) == 0L) setNames(list(), character(0)) else out
}

# A JSON object of strings (or of arrays of strings) as a named list of character vectors.
.rlambda_string_map <- function(x, decode = FALSE, lower = FALSE) {
  if (is.null(x) || length(x) == 0L) return(setNames(list(), character(0)))
  out <- lapply(x, function(v) {
    v <- as.character(unlist(v))
    if (decode) .rlambda_url_decode(v, plus = TRUE) else v
  })
  nm <- names(x)
  if (decode) nm <- .rlambda_url_decode(nm, plus = TRUE)
  if (lower) nm <- tolower(nm)
  names(out) <- nm
  out
}

.rlambda_parse_cookies <- function(pairs) {
  out <- setNames(list(), character(0))
  for (p in unlist(strsplit(pairs, ";", fixed = TRUE))) {
    p <- trimws(p)
    eq <- regexpr("=", p, fixed = TRUE)
    if (eq <= 0) next
    out[[substr(p, 1L, eq - 1L)]] <- .rlambda_url_decode(substr(p, eq + 1L, nchar(p)))
  }
  out
}

.rlambda_text_type <- function(ct) {
  ct == "" || grepl("^text/|json|xml|javascript|x-www-form-urlencoded|yaml|csv", ct)
}

# The request an HTTP handler sees, from any of the four payload shapes.
.rlambda_http_request <- function(ev) {
  rc <- .rlambda_null_or(ev$requestContext, list())
  v2 <- identical(ev$version, "2.0")
  alb <- !is.null(rc$elb)
  if (v2) {
    method <- rc$http$method
    path <- .rlambda_null_or(ev$rawPath, rc$http$path)
    query <- .rlambda_parse_query(ev$rawQueryString)
    raw_query <- .rlambda_null_or(ev$rawQueryString, "")
  } else {
    method <- ev$httpMethod
    path <- ev$path
    query <- if (!is.null(ev$multiValueQueryStringParameters)) .rlambda_string_map(ev$multiValueQueryStringParameters, decode = alb)
             else .rlambda_string_map(ev$queryStringParameters, decode = alb)
    raw_query <- paste(unlist(lapply(names(query), function(k) paste0(k, "=", query[[k]]))), collapse = "&")
  }
  headers <- if (!is.null(ev$multiValueHeaders)) .rlambda_string_map(ev$multiValueHeaders, lower = TRUE)
             else .rlambda_string_map(ev$headers, lower = TRUE)
  headers <- lapply(headers, function(v) if (length(v) > 1L) paste(v, collapse = ", ") else v)
  cookies <- if (!is.null(ev$cookies)) .rlambda_parse_cookies(unlist(ev$cookies))
             else if (!is.null(headers$cookie)) .rlambda_parse_cookies(headers$cookie)
             else setNames(list(), character(0))
  ct <- tolower(.rlambda_null_or(headers[["content-type"]], ""))
  body <- NULL
  raw_body <- NULL
  if (!is.null(ev$body) && !identical(ev$body, "")) {
    if (isTRUE(ev$isBase64Encoded)) {
      raw_body <- .rlambda_base64_decode(ev$body)
      body <- if (.rlambda_text_type(ct)) rawToChar(raw_body) else raw_body
    } else {
      body <- ev$body
    }
    text <- if (is.character(body)) body else NULL
    if (!is.null(text)) {
      raw_body <- text
      if (grepl("json", ct) || (ct == "" && .rlambda_is_json_text(text))) {
        body <- jsonlite::fromJSON(text)
      } else if (grepl("x-www-form-urlencoded", ct)) {
        body <- .rlambda_parse_query(text)
      }
    }
  }
  path_params <- .rlambda_string_map(ev$pathParameters)
  list(method = toupper(.rlambda_null_or(method, "GET")), path = .rlambda_null_or(path, "/"),
       query = query, headers = headers, path_params = path_params, body = body, cookies = cookies,
       request_context = rc, raw_body = raw_body, raw_query = raw_query,
       shape = if (v2) "v2" else if (alb) "alb" else "v1",
       multi_value = !is.null(ev$multiValueHeaders))
}

.rlambda_http_reason <- function(status) {
  reasons <- c("200" = "OK", "201" = "Created", "202" = "Accepted", "204" = "No Content",
               "301" = "Moved Permanently", "302" = "Found", "304" = "Not Modified", "307" = "Temporary Redirect",
               "400" = "Bad Request", "401" = "Unauthorized", "403" = "Forbidden", "404" = "Not Found",
               "405" = "Method Not Allowed", "409" = "Conflict", "415" = "Unsupported Media Type",
               "422" = "Unprocessable Entity", "429" = "Too Many Requests", "500" = "Internal Server Error",
               "502" = "Bad Gateway", "503" = "Service Unavailable")
  r <- reasons[as.character(status)]
  if (is.na(r)) "" else unname(r)
}

# Any handler value as list(status, headers, body (text), base64).
.rlambda_http_parts <- function(value) {
  if (!inherits(value, "http_response")) {
    return(list(status = 200L, headers = list("content-type" = "application/json"),
                body = as.character(jsonlite::toJSON(value, auto_unbox = TRUE)), base64 = FALSE))
  }
  body <- value$body
  ct <- value$content_type
  b64 <- FALSE
  if (is.raw(body)) {
    if (is.null(ct)) ct <- "application/octet-stream"
    text <- .rlambda_base64_encode(body)
    b64 <- TRUE
  } else if (is.null(body)) {
    text <- ""
  } else if (is.character(body)) {
    if (is.null(ct)) ct <- "text/plain; charset=utf-8"
    text <- paste(body, collapse = "\n")
    b64 <- isTRUE(value$base64)
  } else {
    if (is.null(ct)) ct <- "application/json"
    text <- as.character(jsonlite::toJSON(body, auto_unbox = TRUE))
  }
  headers <- lapply(value$headers, function(v) paste(as.character(v), collapse = ", "))
  names(headers) <- names(value$headers)
  if (!is.null(ct) && !("content-type" %in% tolower(names(headers)))) headers[["content-type"]] <- ct
  list(status = value$status, headers = headers, body = text, base64 = b64)
}

.rlambda_http_error_parts <- function(e) {
  body <- list(error = "500 - Internal server error")
  if (.rlambda_env_true("RLAMBDA_HTTP_DEBUG")) body$message <- conditionMessage(e)
  list(status = 500L, headers = list("content-type" = "application/json"),
       body = as.character(jsonlite::toJSON(body, auto_unbox = TRUE)), base64 = FALSE)
}

# The Lambda response in the shape of the request's payload format.
.rlambda_http_lambda_response <- function(parts, req) {
  headers <- parts$headers
  is_cookie <- tolower(names(headers)) == "set-cookie"
  out <- list(statusCode = parts$status)
  if (req$shape == "alb") out$statusDescription <- trimws(paste(parts$status, .rlambda_http_reason(parts$status)))
  if (req$multi_value) {
    out$multiValueHeaders <- lapply(headers, function(v) I(v))
  } else if (req$shape == "v2" && any(is_cookie)) {
    out$cookies <- I(unname(unlist(headers[is_cookie])))
    out$headers <- headers[!is_cookie]
  } else {
    out$headers <- headers
  }
  out$body <- parts$body
  out$isBase64Encoded <- parts$base64
  jsonlite::toJSON(out, auto_unbox = TRUE)
}

.rlambda_adapter_http <- function(handler, event, context) {
  ev <- jsonlite::fromJSON(event, simplifyVector = FALSE)
  req <- .rlambda_http_request(ev)
  args <- req[c("method", "path", "query", "headers", "path_params", "body", "cookies", "request_context")]
  if (!is.null(attr(handler, "rlambda_raw_request"))) args <- req
  if (.rlambda_env_true("RLAMBDA_HTTP_LAMBDA_ERRORS")) {
    parts <- .rlambda_http_parts(.rlambda_call_handler(handler, args, context))
  } else {
    parts <- tryCatch(.rlambda_http_parts(.rlambda_call_handler(handler, args, context)),
                      error = function(e) {
                        .rlambda_log_error(e, paste(req$method, req$path))
                        .rlambda_http_error_parts(e)
                      })
  }
  .rlambda_http_lambda_response(parts, req)
}

# ---- batches of records ----------------------------------------------------------------------

# Runs fun(record) for each record. Without partial-batch reporting an error fails the whole
# invocation (so the service retries the batch); with it, failed records are logged and returned
# as batchItemFailures so that only they are retried.
.rlambda_each_record <- function(records, fun, id_of, what) {
  partial <- .rlambda_env_true("RLAMBDA_SQS_PARTIAL_BATCH") || .rlambda_env_true("RLAMBDA_PARTIAL_BATCH")
  if (!partial) return(lapply(records, fun))
  failures <- list()
  for (i in seq_along(records)) {
    r <- records[[i]]
    tryCatch(fun(r), error = function(e) {
      .rlambda_log_error(e, paste0(what, " ", id_of(r), " failed"))
      failures[[length(failures) + 1L]] <<- list(itemIdentifier = id_of(r))
    })
  }
  list(batchItemFailures = failures)
}

.rlambda_sqs_attributes <- function(ma) {
  out <- setNames(list(), character(0))
  for (k in names(ma)) {
    a <- ma[[k]]
    out[[k]] <- if (!is.null(a$stringValue)) {
      if (identical(a$dataType, "Number")) as.numeric(a$stringValue) else a$stringValue
    } else if (!is.null(a$binaryValue)) .rlambda_base64_decode(a$binaryValue) else NULL
  }
  out
}

.rlambda_adapter_sqs <- function(handler, event, context) {
  ev <- jsonlite::fromJSON(event, simplifyVector = FALSE)
  .rlambda_each_record(ev$Records, function(r) {
    args <- list(body = .rlambda_maybe_json(r$body), message_id = r$messageId,
                 attributes = r$attributes, message_attributes = .rlambda_sqs_attributes(r$messageAttributes),
                 receipt_handle = r$receiptHandle, queue_arn = r$eventSourceARN, record = r)
    .rlambda_call_handler(handler, args, context)
  }, function(r) r$messageId, "SQS message")
}

.rlambda_adapter_sns <- function(handler, event, context) {
  ev <- jsonlite::fromJSON(event, simplifyVector = FALSE)
  lapply(ev$Records, function(r) {
    s <- r$Sns
    attrs <- setNames(list(), character(0))
    for (k in names(s$MessageAttributes)) {
      a <- s$MessageAttributes[[k]]
      attrs[[k]] <- if (identical(a$Type, "Number")) as.numeric(a$Value) else a$Value
    }
    args <- list(message = .rlambda_maybe_json(s$Message), subject = s$Subject, attributes = attrs,
                 topic_arn = s$TopicArn, message_id = s$MessageId, timestamp = s$Timestamp, record = r)
    .rlambda_call_handler(handler, args, context)
  })
}

.rlambda_adapter_eventbridge <- function(handler, event, context) {
  ev <- jsonlite::fromJSON(event)
  args <- list(detail = ev$detail, detail_type = ev[["detail-type"]], source = ev$source, time = ev$time,
               id = ev$id, region = ev$region, account = ev$account, resources = ev$resources, event = ev)
  .rlambda_call_handler(handler, args, context)
}

# DynamoDB's typed JSON ({"S": "x"}, {"N": "1"}, {"M": {...}}, ...) as plain R values.
.rlambda_ddb_value <- function(v) {
  t <- names(v)[1L]
  x <- v[[1L]]
  switch(t,
         S = x,
         N = as.numeric(x),
         BOOL = isTRUE(x),
         NULL = NULL,
         B = .rlambda_base64_decode(x),
         SS = as.character(unlist(x)),
         NS = as.numeric(unlist(x)),
         BS = lapply(x, .rlambda_base64_decode),
         M = .rlambda_ddb_item(x),
         L = lapply(x, .rlambda_ddb_value),
         stop("unknown DynamoDB attribute type '", t, "'"))
}

.rlambda_ddb_item <- function(item) {
  if (is.null(item)) return(NULL)
  out <- setNames(vector("list", length(item)), names(item))
  for (k in names(item)) {
    v <- .rlambda_ddb_value(item[[k]])
    if (!is.null(v)) out[[k]] <- v
  }
  out[!vapply(out, is.null, logical(1))]
}

.rlambda_adapter_dynamodb <- function(handler, event, context) {
  ev <- jsonlite::fromJSON(event, simplifyVector = FALSE)
  .rlambda_each_record(ev$Records, function(r) {
    d <- r$dynamodb
    args <- list(event_name = r$eventName, keys = .rlambda_ddb_item(d$Keys), new_image = .rlambda_ddb_item(d$NewImage),
                 old_image = .rlambda_ddb_item(d$OldImage), sequence_number = d$SequenceNumber,
                 table_arn = r$eventSourceARN, record = r)
    .rlambda_call_handler(handler, args, context)
  }, function(r) r$dynamodb$SequenceNumber, "DynamoDB record")
}

.rlambda_adapter_kinesis <- function(handler, event, context) {
  ev <- jsonlite::fromJSON(event, simplifyVector = FALSE)
  .rlambda_each_record(ev$Records, function(r) {
    k <- r$kinesis
    bytes <- .rlambda_base64_decode(k$data)
    text <- tryCatch(rawToChar(bytes), error = function(e) NULL)
    data <- if (is.null(text) || !validUTF8(text)) bytes else .rlambda_maybe_json(text)
    args <- list(data = data, partition_key = k$partitionKey, sequence_number = k$sequenceNumber,
                 arrival_time = k$approximateArrivalTimestamp, stream_arn = r$eventSourceARN, record = r)
    .rlambda_call_handler(handler, args, context)
  }, function(r) r$kinesis$sequenceNumber, "Kinesis record")
}

# ---- Step Functions Distributed Map -------------------------------------------------------------

# An item from an S3 ItemReader listing objects: {"Key", "Size", "Etag", "LastModified"}.
.rlambda_is_s3_item <- function(item) is.list(item) && !is.null(item$Key) && (!is.null(item$Etag) || !is.null(item$ETag) || !is.null(item$LastModified))

.rlambda_item_args <- function(item, batch_input) {
  if (.rlambda_is_s3_item(item)) {
    bucket <- .rlambda_null_or(item$Bucket, .rlambda_null_or(batch_input$bucket, batch_input$Bucket))
    args <- list(bucket = bucket, key = item$Key, size = item$Size, etag = .rlambda_null_or(item$Etag, item$ETag),
                 last_modified = item$LastModified)
    args <- args[!vapply(args, is.null, logical(1))]
  } else if (is.list(item) && !is.null(names(item)) && all(names(item) != "")) {
    args <- item
  } else {
    args <- list(item = item)
  }
  args$batch_input <- batch_input
  args$item <- item
  args
}

# ItemBatcher input {"Items": [...], "BatchInput": {...}}: the handler runs per item; the result
# is the array of per-item results, the Map state's output for this batch.
.rlambda_adapter_sfn_batch <- function(handler, event, context) {
  ev <- jsonlite::fromJSON(event, simplifyVector = FALSE)
  bi <- ev$BatchInput
  items <- ev$Items
  simplify <- function(x) if (is.list(x)) jsonlite::fromJSON(as.character(jsonlite::toJSON(x, auto_unbox = TRUE))) else x
  lapply(items, function(item) {
    .rlambda_call_handler(handler, .rlambda_item_args(if (.rlambda_is_s3_item(item)) item else simplify(item), simplify(bi)), context)
  })
}

# One S3 object item (a Distributed Map without ItemBatcher, S3 ItemReader).
.rlambda_adapter_sfn_item <- function(handler, event, context) {
  item <- jsonlite::fromJSON(event, simplifyVector = FALSE)
  .rlambda_call_handler(handler, .rlambda_item_args(item, NULL), context)
}

# ---- testing HTTP handlers from R ------------------------------------------------------------

# The handler of a plumber-annotated file, as the Lambda function uses it.
plumb_api <- function(file) .rlambda_plumber_handler(file)

# Sends one request to an HTTP handler (a handler function or plumb_api()) through the same
# adapter Lambda uses, as an HTTP API event; returns list(status, headers, body), the body raw
# when the response is binary. For tests: http_request(handler, "GET", "/echo?msg=hi").
http_request <- function(handler, method = "GET", path = "/", body = NULL, headers = list(), context = list()) {
  q <- regexpr("?", path, fixed = TRUE)
  raw_path <- if (q > 0) substr(path, 1L, q - 1L) else path
  query <- if (q > 0) substr(path, q + 1L, nchar(path)) else ""
  headers <- as.list(headers)
  names(headers) <- tolower(names(headers))
  if (!is.null(body) && !is.character(body)) {
    body <- as.character(jsonlite::toJSON(body, auto_unbox = TRUE))
    if (is.null(headers[["content-type"]])) headers[["content-type"]] <- "application/json"
  }
  ev <- list(version = "2.0", routeKey = "$default", rawPath = raw_path, rawQueryString = query,
             headers = if (length(headers)) headers else setNames(list(), character(0)),
             requestContext = list(http = list(method = toupper(method), path = raw_path)),
             isBase64Encoded = FALSE)
  if (!is.null(body)) ev$body <- paste(body, collapse = "\n")
  out <- jsonlite::fromJSON(.rlambda_adapter_http(handler, as.character(jsonlite::toJSON(ev, auto_unbox = TRUE)), context),
                            simplifyVector = FALSE)
  hdr <- if (!is.null(out$multiValueHeaders)) out$multiValueHeaders else out$headers
  list(status = out$statusCode, headers = hdr,
       body = if (isTRUE(out$isBase64Encoded)) .rlambda_base64_decode(out$body) else out$body)
}

# plumber-style HTTP APIs: an R script annotated as plumber users annotate theirs
# (#* @get /echo, #* @serializer csv, #* @filter, /<id:int>, req/res) becomes the Lambda handler.
# Behaviour follows plumber's documentation (Routing & Input, Rendering Output): filters run in
# order and pass control with forward(); the first endpoint whose verb and path match serves the
# request; its arguments are matched by name from the query string, the path and the body (first
# match wins, only declared arguments unless the function has ...); path and query values are
# character strings unless the path declares a type; the default serializer is jsonlite's
# toJSON(); 404/405/500 bodies are plumber's.

.rlambda_plumber_state <- new.env()

# Passes control from a filter to the next filter or endpoint.
forward <- function() {
  .rlambda_plumber_state$forwarded <- TRUE
  invisible(NULL)
}

# TRUE when the file has plumber endpoint or filter annotations.
.rlambda_is_plumber_file <- function(file) {
  any(grepl("^#['*]\\s*@(get|post|put|delete|head|patch|options|filter)\\b", readLines(file, warn = FALSE)))
}

.rlambda_plumber_types <- list(
  int = "-?[0-9]+", integer = "-?[0-9]+",
  dbl = "-?[0-9]*\\.?[0-9]+", double = "-?[0-9]*\\.?[0-9]+", numeric = "-?[0-9]*\\.?[0-9]+",
  number = "-?[0-9]*\\.?[0-9]+", float = "-?[0-9]*\\.?[0-9]+",
  bool = "[01tfTF]|true|false|TRUE|FALSE", boolean = "[01tfTF]|true|false|TRUE|FALSE",
  logical = "[01tfTF]|true|false|TRUE|FALSE",
  chr = "[^/]+", str = "[^/]+", character = "[^/]+", string = "[^/]+")

.rlambda_plumber_convert <- function(value, type) {
  if (type %in% c("int", "integer")) as.integer(value)
  else if (type %in% c("dbl", "double", "numeric", "number", "float")) as.numeric(value)
  else if (type %in% c("bool", "boolean", "logical")) {
    v <- c("1" = TRUE, "0" = FALSE, t = TRUE, f = FALSE, T = TRUE, F = FALSE, true = TRUE, false = FALSE,
           "TRUE" = TRUE, "FALSE" = FALSE)[value]
    unname(v)
  } else value
}

# "/users/<id:int>/x" -> regex, names and types of the path parameters.
.rlambda_plumber_path <- function(path) {
  m <- gregexpr("<([.]?[a-zA-Z][a-zA-Z0-9_.]*)(:[^>]*)?>", path)
  params <- regmatches(path, m)[[1L]]
  names <- character(0)
  types <- character(0)
  pieces <- regmatches(path, m, invert = TRUE)[[1L]]
  escape <- function(s) gsub("([.+*?^$(){}|\\[\\]\\\\])", "\\\\\\1", s)
  regex <- escape(pieces[1L])
  for (i in seq_along(params)) {
    inner <- substr(params[i], 2L, nchar(params[i]) - 1L)
    colon <- regexpr(":", inner, fixed = TRUE)
    nm <- if (colon > 0) substr(inner, 1L, colon - 1L) else inner
    ty <- if (colon > 0) substr(inner, colon + 1L, nchar(inner)) else "string"
    if (is.null(.rlambda_plumber_types[[ty]])) stop("unknown type '", ty, "' for path parameter '", nm, "' in ", path)
    names <- c(names, nm)
    types <- c(types, ty)
    regex <- paste0(regex, "(", .rlambda_plumber_types[[ty]], ")", escape(pieces[i + 1L]))
  }
  list(regex = paste0("^", regex, "$"), names = names, types = types)
}

.rlambda_plumber_serializer <- function(name, args_text = "") {
  args <- if (nzchar(trimws(args_text))) eval(parse(text = args_text)[[1L]], globalenv()) else list()
  type <- args$type
  args$type <- NULL
  make <- function(default_type, fn) list(type = if (is.null(type)) default_type else type, fn = fn, args = args)
  switch(name,
    json = make("application/json", function(v, a) as.character(do.call(jsonlite::toJSON, c(list(v), a)))),
    unboxedJSON = make("application/json", function(v, a) {
      if (is.null(a$auto_unbox)) a$auto_unbox <- TRUE
      as.character(do.call(jsonlite::toJSON, c(list(v), a)))
    }),
    html = make("text/html; charset=UTF-8", function(v, a) paste(as.character(v), collapse = "")),
    text = make("text/plain; charset=UTF-8", function(v, a) paste(as.character(v), collapse = "")),
    format = make("text/plain; charset=UTF-8", function(v, a) paste(format(v), collapse = "")),
    print = make("text/plain; charset=UTF-8", function(v, a) paste0(utils::capture.output(print(v)), collapse = "\n")),
    cat = make("text/plain; charset=UTF-8", function(v, a) paste0(utils::capture.output(cat(v)), collapse = "\n")),
    csv = make("text/csv; charset=UTF-8", function(v, a) .rlambda_format_csv(v, ",")),
    tsv = make("text/tab-separated-values; charset=UTF-8", function(v, a) .rlambda_format_csv(v, "\t")),
    octet = make("application/octet-stream", function(v, a) {
      if (!is.raw(v)) stop("The Octet-Stream serializer received non-raw data")
      v
    }),
    contentType = make("application/octet-stream", function(v, a) v),
    {
      # the file still serves its other endpoints; this one answers 500 with the reason logged
      why <- paste0("serializer '", name, "' is not available here",
                    if (name %in% c("png", "jpeg", "svg", "bmp", "tiff", "pdf")) " (no graphics devices)")
      warning(why, call. = FALSE)
      make("application/json", function(v, a) stop(why, call. = FALSE))
    })
}

# readr::format_csv's output: a header line, no row names, strings quoted only when they must be.
.rlambda_format_csv <- function(x, sep) {
  x <- as.data.frame(x, stringsAsFactors = FALSE)
  quote <- function(s) {
    s <- as.character(s)
    na <- is.na(s)
    needs <- !na & grepl(paste0("[\"\n\r", sep, "]"), s)
    s[needs] <- paste0("\"", gsub("\"", "\"\"", s[needs]), "\"")
    s[na] <- "NA"
    s
  }
  cols <- lapply(x, function(col) {
    if (is.factor(col)) col <- as.character(col)
    if (is.logical(col)) ifelse(is.na(col), "NA", ifelse(col, "TRUE", "FALSE"))
    else if (is.numeric(col)) ifelse(is.na(col), "NA", as.character(col))
    else quote(col)
  })
  lines <- if (nrow(x) == 0L) character(0) else do.call(paste, c(cols, sep = sep))
  paste0(paste(c(paste(quote(names(x)), collapse = sep), lines), collapse = "\n"), "\n")
}

# Reads the annotation blocks of a plumber file and evaluates the file; returns the router.
.rlambda_plumb <- function(file) {
  lines <- readLines(file, warn = FALSE)
  n <- length(lines)
  ann <- grepl("^#['*]", lines)
  starts <- which(ann & c(TRUE, !ann[-n]))
  ends <- which(ann & c(!ann[-1L], TRUE))
  endpoints <- list()
  filters <- list()
  run <- function(from, to) {
    if (from > to) return(NULL)
    exprs <- parse(text = lines[from:to])
    first <- NULL
    for (i in seq_along(exprs)) {
      e <- exprs[[i]]
      if (is.call(e) && as.character(e[[1L]])[1L] %in% c("library", "require") && length(e) >= 2L &&
          as.character(e[[2L]]) == "plumber") next
      v <- eval(e, globalenv())
      if (i == 1L) first <- v
    }
    first
  }
  run(1L, if (length(starts)) starts[1L] - 1L else n)
  for (b in seq_along(starts)) {
    block <- lines[starts[b]:ends[b]]
    code_to <- if (b < length(starts)) starts[b + 1L] - 1L else n
    obj <- run(ends[b] + 1L, code_to)
    tags <- regmatches(block, regexec("^#['*]\\s*@(\\w+)\\s*(.*?)\\s*$", block))
    tags <- tags[lengths(tags) > 0L]
    serializer <- NULL
    verbs <- list()
    filter <- NULL
    preempt <- NULL
    for (t in tags) {
      tag <- t[2L]
      rest <- t[3L]
      if (tolower(tag) %in% c("get", "post", "put", "delete", "head", "patch", "options")) {
        verbs[[length(verbs) + 1L]] <- list(verb = toupper(tag), path = strsplit(rest, "\\s+")[[1L]][1L])
      } else if (tag == "serializer") {
        sp <- regexpr("\\s", rest)
        serializer <- if (sp > 0) .rlambda_plumber_serializer(substr(rest, 1L, sp - 1L), substr(rest, sp + 1L, nchar(rest)))
                      else .rlambda_plumber_serializer(rest)
      } else if (tag %in% c("json", "html", "unboxedJSON", "text", "csv")) {
        serializer <- .rlambda_plumber_serializer(tag)
      } else if (tag == "filter") {
        filter <- rest
      } else if (tag == "preempt") {
        preempt <- rest
      } else if (tag %in% c("png", "jpeg", "svg")) {
        serializer <- .rlambda_plumber_serializer(tag)
      }
    }
    if (!is.null(filter)) {
      if (!is.function(obj)) stop("plumber file ", file, ": @filter ", filter, " does not annotate a function")
      filters[[length(filters) + 1L]] <- list(name = filter, fun = obj)
    }
    for (v in verbs) {
      if (!is.function(obj)) stop("plumber file ", file, ": @", tolower(v$verb), " ", v$path, " does not annotate a function")
      p <- .rlambda_plumber_path(v$path)
      endpoints[[length(endpoints) + 1L]] <- list(verb = v$verb, path = v$path, regex = p$regex,
                                                  param_names = p$names, param_types = p$types,
                                                  fun = obj, serializer = serializer, preempt = preempt)
    }
  }
  filter_names <- vapply(filters, function(f) f$name, character(1))
  for (i in seq_along(endpoints)) {
    if (!is.null(endpoints[[i]]$preempt) && !(endpoints[[i]]$preempt %in% filter_names)) {
      warning("plumber file ", file, ": @preempt ", endpoints[[i]]$preempt, " names no filter", call. = FALSE)
      endpoints[[i]]["preempt"] <- list(NULL)
    }
  }
  list(endpoints = endpoints, filters = filters)
}

.rlambda_plumber_response_env <- function() {
  res <- new.env()
  res$status <- 200L
  res$headers <- list()
  res$body <- NULL
  res$serializer <- NULL
  res$setHeader <- function(name, value) {
    res$headers[[name]] <- value
    invisible(res)
  }
  res$setCookie <- function(name, value, path = NULL, expiration = FALSE, http = FALSE, secure = FALSE, sameSite = FALSE) {
    cookie <- paste0(name, "=", value, if (!is.null(path)) paste0("; Path=", path),
                     if (isTRUE(http)) "; HttpOnly", if (isTRUE(secure)) "; Secure")
    res$headers <- c(res$headers, list("Set-Cookie" = cookie))
    invisible(res)
  }
  res$removeCookie <- function(name, path = NULL, ...) res$setCookie(name, "", path = path)
  class(res) <- c("PlumberResponse", "environment")
  res
}

.rlambda_plumber_request_env <- function(r) {
  req <- new.env()
  req$REQUEST_METHOD <- r$method
  req$PATH_INFO <- r$path
  req$QUERY_STRING <- if (nzchar(r$raw_query)) paste0("?", r$raw_query) else ""
  req$postBody <- if (is.character(r$raw_body)) r$raw_body else ""
  req$bodyRaw <- if (is.raw(r$raw_body)) r$raw_body else if (is.character(r$raw_body)) charToRaw(r$raw_body) else raw(0)
  req$body <- r$body
  req$cookies <- r$cookies
  req$argsQuery <- r$query
  req$args <- r$query
  req$HEADERS <- unlist(r$headers)
  for (h in names(r$headers)) assign(paste0("HTTP_", toupper(gsub("-", "_", h))), r$headers[[h]], envir = req)
  req$rook.url_scheme <- "https"
  req$request_context <- r$request_context
  req
}

.rlambda_plumber_args <- function(fun, req, res, args) {
  all <- c(list(req = req, res = res), args)
  fa <- names(formals(fun))
  if (length(fa) == 0L) return(list())
  if (identical(fa, "...")) return(all)
  if (!("..." %in% fa)) all <- all[names(all) %in% fa]
  nm <- names(all)
  all[!(nm %in% fa & duplicated(nm))]
}

# Calls fun as `endpoint(msg = msg)` with the values bound by name, so errors read well in the log.
.rlambda_plumber_call <- function(fun, args, name) {
  nm <- names(args)
  if (length(args) && (is.null(nm) || any(nm == "") || anyDuplicated(nm))) return(do.call(fun, args))
  if (is.null(nm)) nm <- character(0)
  env <- list2env(args, parent = environment())
  assign(name, fun, envir = env)
  eval(as.call(c(list(as.name(name)), setNames(lapply(nm, as.name), nm))), env)
}

.rlambda_plumber_body_args <- function(body) {
  if (is.null(body) || length(body) == 0L || is.raw(body)) return(list())
  if (is.list(body) && !is.null(names(body))) return(body)
  if (is.data.frame(body)) return(as.list(body))
  list()
}

.rlambda_plumber_serialize <- function(value, res, serializer) {
  s <- if (!is.null(res$serializer)) res$serializer else if (!is.null(serializer)) serializer
       else .rlambda_plumber_serializer("json")
  if (is.environment(value) && identical(value, res)) {
    body <- res$body
    if (is.null(body)) body <- ""
  } else {
    body <- s$fn(value, s$args)
  }
  headers <- res$headers
  if (!("content-type" %in% tolower(names(headers)))) headers <- c(list("Content-Type" = s$type), headers)
  http_response(body, status = res$status, headers = headers,
                content_type = NULL)
}

# Serves one request with the router; the result is an http_response.
.rlambda_plumber_route <- function(router, r) {
  req <- .rlambda_plumber_request_env(r)
  res <- .rlambda_plumber_response_env()
  req$pr <- router
  unboxed <- .rlambda_plumber_serializer("unboxedJSON")
  try_endpoints <- function(group) {
    for (e in router$endpoints) {
      if (!identical(e$preempt, group)) next
      if (e$verb != r$method && !(e$verb == "GET" && r$method == "HEAD")) next
      m <- regmatches(r$path, regexec(e$regex, r$path))[[1L]]
      if (length(m) == 0L) next
      path_args <- setNames(list(), character(0))
      for (i in seq_along(e$param_names)) {
        path_args[[e$param_names[i]]] <- .rlambda_plumber_convert(.rlambda_url_decode(m[i + 1L]), e$param_types[i])
      }
      req$argsPath <- path_args
      req$argsBody <- .rlambda_plumber_body_args(r$body)
      req$args <- c(req$args, path_args, req$argsBody)
      value <- .rlambda_plumber_call(e$fun, .rlambda_plumber_args(e$fun, req, res, req$args), "endpoint")
      return(list(served = TRUE, value = value, serializer = e$serializer))
    }
    NULL
  }
  result <- tryCatch({
    out <- NULL
    for (f in router$filters) {
      out <- try_endpoints(f$name)
      if (!is.null(out)) break
      .rlambda_plumber_state$forwarded <- FALSE
      value <- .rlambda_plumber_call(f$fun, .rlambda_plumber_args(f$fun, req, res, req$args), "filter")
      if (!isTRUE(.rlambda_plumber_state$forwarded)) {
        out <- list(served = TRUE, value = value, serializer = NULL)
        break
      }
    }
    if (is.null(out)) out <- try_endpoints(NULL)
    if (is.null(out)) {
      allowed <- character(0)
      for (e in router$endpoints) if (grepl(e$regex, r$path)) allowed <- c(allowed, e$verb)
      allowed <- sort(unique(allowed))
      if (length(allowed) > 0L) {
        res$status <- 405L
        res$setHeader("Allow", paste(allowed, collapse = ", "))
        res$serializer <- unboxed
        out <- list(value = list(error = "405 - Method Not Allowed"), serializer = NULL)
      } else {
        res$status <- 404L
        res$serializer <- unboxed
        out <- list(value = list(error = "404 - Resource Not Found"), serializer = NULL)
      }
    }
    .rlambda_plumber_serialize(out$value, res, out$serializer)
  }, error = function(err) {
    .rlambda_log_error(err, paste(r$method, r$path))
    res$serializer <- unboxed
    li <- list()
    if (identical(as.integer(res$status), 200L)) {
      res$status <- 500L
      li$error <- "500 - Internal server error"
    } else {
      li$error <- "Internal error"
    }
    if (.rlambda_env_true("RLAMBDA_HTTP_DEBUG")) li$message <- .rlambda_error_text(err)
    .rlambda_plumber_serialize(li, res, NULL)
  })
  result
}

# The handler for a plumber-annotated script: sources it and returns a function of the request.
.rlambda_plumber_handler <- function(file) {
  router <- .rlambda_plumb(file)
  h <- function(...) {
    r <- list(...)
    if (is.null(r$method) || is.null(r$path) || is.null(r$shape))
      stop("this script is a plumber API: it answers HTTP events (API Gateway, a Function URL, an ALB), not this event",
           call. = FALSE)
    .rlambda_plumber_route(router, r)
  }
  attr(h, "rlambda_raw_request") <- TRUE
  attr(h, "rlambda_router") <- router
  h
}

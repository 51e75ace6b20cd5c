# Reading and writing delimited text (GNU R's utils): the closures keep GNU R's signatures,
# defaults and call shapes (so error calls and tracebacks match); the work is done in Java
# (org.rlambda.utils: .readTable, .formatTable, .typeConvert, .countFields).

read.table <- function(file, header = FALSE, sep = "", quote = "\"'", dec = ".",
                       numerals = c("allow.loss", "warn.loss", "no.loss"), row.names, col.names,
                       as.is = !stringsAsFactors, na.strings = "NA", colClasses = NA, nrows = -1,
                       skip = 0, check.names = TRUE, fill = !blank.lines.skip, strip.white = FALSE,
                       blank.lines.skip = TRUE, comment.char = "#", allowEscapes = FALSE, flush = FALSE,
                       stringsAsFactors = FALSE, fileEncoding = "", encoding = "unknown", text, skipNul = FALSE) {
    fromFile <- FALSE
    if (missing(file) && !missing(text)) {
        description <- "text"
        lines <- text
    } else {
        if (is.character(file) && length(file) == 1L && file.exists(file) && !dir.exists(file)) {
            # a plain file is read whole in Java: no connection, no per-line strings
            description <- file
            lines <- .readFileText(file)
            fromFile <- TRUE
        } else {
            if (is.character(file)) {
                description <- file
                file <- file(file, "rt")
                on.exit(close(file))
            } else if (inherits(file, "connection")) {
                description <- "connection"
            } else stop("'file' must be a character string or connection")
            lines <- readLines(file, warn = FALSE)
        }
    }
    .readTable(lines, description, header, !missing(header), sep, quote, dec,
               if (missing(row.names)) NULL else row.names,
               if (missing(col.names)) NULL else col.names,
               as.is, na.strings, colClasses, nrows, skip, check.names, fill, strip.white,
               blank.lines.skip, comment.char, allowEscapes, flush, fromFile, missing(row.names),
               match.arg(numerals))
}

read.csv <- function(file, header = TRUE, sep = ",", quote = "\"", dec = ".", fill = TRUE,
                     comment.char = "", ...)
    read.table(file = file, header = header, sep = sep, quote = quote, dec = dec, fill = fill,
               comment.char = comment.char, ...)

read.csv2 <- function(file, header = TRUE, sep = ";", quote = "\"", dec = ",", fill = TRUE,
                      comment.char = "", ...)
    read.table(file = file, header = header, sep = sep, quote = quote, dec = dec, fill = fill,
               comment.char = comment.char, ...)

read.delim <- function(file, header = TRUE, sep = "\t", quote = "\"", dec = ".", fill = TRUE,
                       comment.char = "", ...)
    read.table(file = file, header = header, sep = sep, quote = quote, dec = dec, fill = fill,
               comment.char = comment.char, ...)

read.delim2 <- function(file, header = TRUE, sep = "\t", quote = "\"", dec = ",", fill = TRUE,
                        comment.char = "", ...)
    read.table(file = file, header = header, sep = sep, quote = quote, dec = dec, fill = fill,
               comment.char = comment.char, ...)

scan <- function(file = "", what = double(), nmax = -1L, n = -1L, sep = "",
                 quote = if (identical(sep, "\n")) "" else "'\"", dec = ".", skip = 0L, nlines = 0L,
                 na.strings = "NA", flush = FALSE, fill = FALSE, strip.white = FALSE, quiet = FALSE,
                 blank.lines.skip = TRUE, multi.line = TRUE, comment.char = "", allowEscapes = FALSE,
                 fileEncoding = "", encoding = "unknown", text, skipNul = FALSE) {
    na.strings <- as.character(na.strings)
    if (!missing(n)) {
        if (missing(nmax)) nmax <- n / pmax(length(what), 1L)
        else stop("either specify 'nmax' or 'n', but not both.")
    }
    if (missing(file) && !missing(text)) {
        lines <- text
    } else {
        if (is.character(file)) {
            if (file == "") file <- stdin()
            else {
                file <- file(file, "r")
                on.exit(close(file))
            }
        }
        if (!inherits(file, "connection")) stop("'file' must be a character string or connection")
        lines <- readLines(file, warn = FALSE)
    }
    .scan(lines, what, nmax, sep, dec, quote, skip, nlines, na.strings, flush, fill, strip.white,
          quiet, blank.lines.skip, multi.line, comment.char, allowEscapes)
}

count.fields <- function(file, sep = "", quote = "\"'", skip = 0, blank.lines.skip = TRUE,
                         comment.char = "#") {
    if (is.character(file)) {
        file <- file(file, "rt")
        on.exit(close(file))
    }
    .countFields(readLines(file, warn = FALSE), sep, quote, skip, blank.lines.skip, comment.char)
}

type.convert <- function(x, ...) UseMethod("type.convert")

type.convert.default <- function(x, na.strings = "NA", as.is, dec = ".",
                                 numerals = c("allow.loss", "warn.loss", "no.loss"), ...) {
    if (missing(as.is)) {
        warning("'as.is' should be specified by the caller; using TRUE")
        as.is <- TRUE
    }
    numerals <- match.arg(numerals)
    if (is.list(x)) {
        x[] <- lapply(x, type.convert.default, na.strings = na.strings, as.is = as.is, dec = dec,
                      numerals = numerals)
        return(x)
    }
    .typeConvert(x, na.strings, as.is, dec, numerals)
}

type.convert.list <- function(x, ...) {
    x[] <- lapply(x, type.convert, ...)
    x
}

type.convert.data.frame <- function(x, ...) {
    x[] <- lapply(x, type.convert, ...)
    x
}

write.table <- function(x, file = "", append = FALSE, quote = TRUE, sep = " ", eol = "\n",
                        na = "NA", dec = ".", row.names = TRUE, col.names = TRUE,
                        qmethod = c("escape", "double"), fileEncoding = "") {
    qmethod <- match.arg(qmethod)
    if (!is.data.frame(x) && !is.matrix(x)) x <- data.frame(x)
    if (is.logical(quote) && (length(quote) != 1L || is.na(quote)))
        stop("'quote' must be 'TRUE', 'FALSE' or numeric")
    if (append && !identical(col.names, FALSE)) warning("appending column names to file")
    text <- .formatTable(x, quote, sep, eol, na, dec, row.names, col.names, qmethod == "double")
    cat(text, file = file, sep = "", append = append)
    invisible(NULL)
}

write.csv <- function(x, file = "", row.names = TRUE, ...) {
    a <- list(...)
    for (argname in c("append", "col.names", "sep", "dec", "qmethod"))
        if (!is.null(a[[argname]]))
            warning(gettextf("attempt to set '%s' ignored", argname), domain = NA)
    write.table(x, file, row.names = row.names,
                col.names = if (is.logical(row.names) && !row.names) TRUE else NA,
                sep = ",", dec = ".", qmethod = "double",
                quote = if (is.null(a$quote)) TRUE else a$quote,
                eol = if (is.null(a$eol)) "\n" else a$eol,
                na = if (is.null(a$na)) "NA" else a$na)
}

write.csv2 <- function(x, file = "", row.names = TRUE, ...) {
    a <- list(...)
    for (argname in c("append", "col.names", "sep", "dec", "qmethod"))
        if (!is.null(a[[argname]]))
            warning(gettextf("attempt to set '%s' ignored", argname), domain = NA)
    write.table(x, file, row.names = row.names,
                col.names = if (is.logical(row.names) && !row.names) TRUE else NA,
                sep = ";", dec = ",", qmethod = "double",
                quote = if (is.null(a$quote)) TRUE else a$quote,
                eol = if (is.null(a$eol)) "\n" else a$eol,
                na = if (is.null(a$na)) "NA" else a$na)
}

file_ext <- function(x) {
    pos <- regexpr("\\.([[:alnum:]]+)$", x)
    ifelse(pos > -1L, substring(x, pos + 1L), "")
}

file_path_sans_ext <- function(x, compression = FALSE) sub("([^.]+)\\.[[:alnum:]]+$", "\\1", x)

# Evaluates each argument in turn with output diverted, printing the visible values as the
# top level would; the lines come back as a character vector (or go to `file`).
capture.output <- function(..., file = NULL, append = FALSE, type = c("output", "message"), split = FALSE) {
    type <- match.arg(type)
    lines <- NULL
    owned <- TRUE
    con <- if (is.null(file)) {
        textConnection("lines", "w", local = TRUE)
    } else if (is.character(file)) {
        file(file, if (append) "a" else "w")
    } else if (inherits(file, "connection")) {
        if (isOpen(file)) owned <- FALSE else open(file, if (append) "a" else "w")
        file
    } else stop("'file' must be NULL, a character string or a connection")
    sink(con, type = type, split = split)
    on.exit({
        sink(type = type, split = split)
        if (owned) close(con)
    })
    for (i in seq_len(...length())) {
        shown <- withVisible(...elt(i))
        if (shown$visible) print(shown$value)
    }
    on.exit()
    sink(type = type, split = split)
    if (owned) close(con)
    if (is.null(file)) lines else invisible(NULL)
}

file.mtime <- function(...) file.info(..., extra_cols = FALSE)$mtime

dget <- function(file, keep.source = FALSE) eval(parse(file = file, keep.source = keep.source))

# Writes "name <-" and the deparsed value of each named object, text that source() reads back.
dump <- function(list, file = "dumpdata.R", append = FALSE, control = "all", envir = parent.frame(),
                 evaluate = TRUE) {
    if (is.character(file)) {
        found <- vapply(list, exists, NA, envir = envir)
        if (!any(found)) return(invisible(character()))
        if (nzchar(file)) {
            file <- file(file, if (append) "a" else "w")
            on.exit(close(file), add = TRUE)
        } else file <- stdout()
    }
    opts <- .deparseOpts(control)
    if (!is.character(list)) stop("character arguments expected")
    if (!length(list)) stop("zero-length argument")
    if (!is.null(envir) && !is.environment(envir)) stop("invalid 'envir' argument")
    s_compat <- (opts %/% 128) %% 2 == 1
    out <- character()
    for (name in list) {
        if (!exists(name, envir = envir)) {
            warning(gettextf("object '%s' not found", name))
            next
        }
        value <- get(name, envir = envir)
        lhs <- if (make.names(name) == name) name
               else if (s_compat) paste0("\"", name, "\"")
               else paste0("`", name, "`")
        writeLines(c(paste(lhs, "<-"), deparse(value, backtick = TRUE, control = opts)), file)
        out <- c(out, name)
    }
    invisible(out)
}

write <- function(x, file = "data", ncolumns = if (is.character(x)) 1 else 5, append = FALSE, sep = " ")
    cat(x, file = file, sep = c(rep.int(sep, ncolumns - 1), "\n"), append = append)

# Fixed-width fields: each line is cut at the widths (negative widths are skipped), the pieces
# joined with `sep` and read by read.table without quoting, as GNU R does through a temporary file.
read.fwf <- function(file, widths, header = FALSE, sep = "\t", skip = 0L, row.names, col.names,
                     n = -1L, buffersize = 2000, fileEncoding = "", ...) {
    if (is.list(widths)) {
        recordlength <- length(widths)
        widths <- do.call(c, widths)
    } else recordlength <- 1L
    drop <- widths < 0L
    ends <- cumsum(abs(widths))
    first <- c(1L, 1L + ends)[seq_along(widths)][!drop]
    last <- ends[!drop]
    if (is.character(file)) {
        file <- file(file, "rt")
        on.exit(close(file))
    } else if (!isOpen(file)) {
        open(file, "rt")
        on.exit(close(file))
    }
    if (skip) readLines(file, n = skip)
    head <- if (header) paste(readLines(file, n = 1L), "") else character()
    raw <- readLines(file, n = if (n < 0L) -1L else n * recordlength)
    nread <- length(raw)
    if (recordlength > 1L && nread %% recordlength) {
        raw <- raw[seq_len(nread - nread %% recordlength)]
        warning(sprintf(ngettext(nread %% recordlength, "last record incomplete, %d line discarded",
                                 "last record incomplete, %d lines discarded"), nread %% recordlength),
                domain = NA)
    }
    if (recordlength > 1L) raw <- apply(matrix(raw, nrow = recordlength), 2L, paste, collapse = "")
    rows <- vapply(raw, function(x) {
        f <- substring(x, first, last)
        f[!nzchar(f)] <- NA_character_
        paste(f, collapse = sep)
    }, "", USE.NAMES = FALSE)
    read.table(text = c(head, rows), header = header, sep = sep, row.names = row.names,
               col.names = col.names, quote = "", ...)
}

print.connection <- function(x, ...) {
    usumm <- tryCatch(unlist(summary(x)), error = function(e) NULL)
    if (is.null(usumm)) {
        cl <- oldClass(x)
        cl <- cl[cl != "connection"]
        cat("A connection, ", if (length(cl)) paste0("specifically, ", paste(sQuote(cl), collapse = ", "), ", "),
            "but invalid.\n", sep = "")
    } else {
        cat("A connection with")
        print(cbind(` ` = usumm), ...)
    }
    invisible(x)
}

file.mode <- function(...) file.info(..., extra_cols = FALSE)$mode

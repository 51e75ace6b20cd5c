# utils::str: a compact one-line-per-component display of any R object, as GNU R prints it.
# The options travel together as the list `o` (max.level, vec.len, digits, nchar.max, give.attr,
# give.head, give.length, width, list.len).

str <- function(object, ...) UseMethod("str")

str.data.frame <- function(object, ...) {
    if (!is.data.frame(object)) return(str.default(object, ...))
    # a data frame's columns are listed without their lengths (all equal to the row count)
    args <- list(...)
    if (is.null(args$give.length)) args$give.length <- FALSE
    do.call(str.default, c(list(object), args))
}

str.default <- function(object, max.level = NA, vec.len = 4, digits.d = 3, nchar.max = 128,
                        give.attr = TRUE, give.head = TRUE, give.length = give.head,
                        width = getOption("width"), nest.lev = 0,
                        indent.str = paste(rep.int(" ", max(0, nest.lev + 1)), collapse = ".."),
                        list.len = 99, comp.str = "$ ", no.list = FALSE, ...) {
    o <- list(max.level = max.level, vec.len = vec.len, digits = digits.d, nchar.max = nchar.max,
              give.attr = give.attr, give.head = give.head, give.length = give.length,
              width = width, list.len = list.len, comp.str = comp.str, vec.len.given = !missing(vec.len),
              no.list = no.list)
    .strObject(object, indent = indent.str, nest = nest.lev, o = o)
    invisible()
}

.strOptions <- list(max.level = NA, vec.len = 4, digits = 3, nchar.max = 128, give.attr = TRUE,
                    give.head = TRUE, give.length = TRUE, width = 80, list.len = 99, comp.str = "$ ",
                    vec.len.given = FALSE, no.list = FALSE)

.strListBody <- function(object, indent, nest, o) {
    nms <- names(object)
    if (is.null(nms)) nms <- rep.int("", length(object))
    w <- max(0L, nchar(nms, type = "w"))
    n <- length(object)
    shown <- min(n, o$list.len)
    for (i in seq_len(shown)) {
        lab <- formatC(nms[i], width = -w)
        cat(indent, o$comp.str, lab, ":", sep = "")
        .strObject(object[[i]], indent = paste(indent, ".."), nest = nest + 1L, o = o)
    }
    if (shown < n) cat(indent, " [list output truncated]\n", sep = "")
}

.strNumbers <- function(x, digits) {
    r <- format(x, digits = digits, drop0trailing = TRUE)
    sub("^ +", "", r)
}

# Quoted strings longer than nchar.max are cut, marked "| __truncated__".
.strTruncate <- function(s, nchar.max) {
    mark <- "\"| __truncated__"
    long <- !is.na(s) & nchar(s, type = "w") > nchar.max
    if (any(long)) {
        cut <- strtrim(s[long], nchar.max - nchar(mark))
        s[long] <- paste0(cut, mark)
    }
    s
}

# The head of a line: " type [1:n]" (or " type " when lengths are not given, nothing without a head).
.strHead <- function(pre, dims, o) if (o$give.head) paste0(pre, dims, " ") else ""

.strObject <- function(object, indent = " ", nest = 0L, o = .strOptions) {
    if (is.function(object)) {
        cat(deparse(args(object))[1L], " \n", sep = "")
        return(invisible())
    }
    if (is.null(object)) {
        cat(" NULL\n")
        return(invisible())
    }
    if (is.symbol(object)) {
        cat(" symbol ", as.character(object), "\n", sep = "")
        return(invisible())
    }
    if (is.expression(object)) {
        cat("  ", paste(deparse(object), collapse = " "), "\n", sep = "")
        return(invisible())
    }
    if (is.environment(object)) {
        cat(capture.output(print(object))[1L], " \n", sep = "")
        return(invisible())
    }
    if (is.call(object)) {
        cls <- oldClass(object)
        # a classed call (a formula) names its classes, then shows itself unclassed one level down
        if (!is.null(cls)) {
            cat("Class", if (length(cls) > 1L) "es", " '", paste(cls, collapse = "', '"), "' ", sep = "")
            .strObject(unclass(object), indent = paste(indent, ".."), nest = nest + 1L, o = o)
            return(invisible())
        }
        lines <- deparse(object)
        le <- length(lines)
        # a braced block shows on one line, its statements joined by ";"
        if (le >= 3L && lines[1L] == "{" && lines[le] == "}")
            lines <- c(lines[1L], paste(sub("^ +", " ", lines[2:(le - 1L)]), collapse = ";"), lines[le])
        cat(" language ", paste(lines, collapse = " "), "\n", sep = "")
        .strAttributes(object, indent, nest, character(), o)
        return(invisible())
    }
    if (is.data.frame(object)) {
        nr <- .row_names_info(object, 2L)
        nc <- length(object)
        sub <- oldClass(object)
        sub <- sub[sub != "data.frame"]
        if (length(sub)) cat("Classes", paste(sQuote(sub), collapse = ", "), "and ")
        cat("'data.frame':\t", nr, " obs. of  ", nc, " variable", if (nc != 1L) "s", if (nc > 0L) ":", "\n", sep = "")
        if (nc > 0L && (is.na(o$max.level) || nest < o$max.level))
            .strListBody(object, indent = indent, nest = nest, o = o)
        .strAttributes(object, indent, nest, c("names", "row.names", "class"), o)
        return(invisible())
    }
    if (is.list(object) && !is.factor(object)) {
        n <- length(object)
        if (n == 0L) {
            cat(" list()\n")
        } else {
            if (!o$no.list) cat("List of ", n, "\n", sep = "")
            o$no.list <- FALSE   # only the top level omits its header
            if (is.na(o$max.level) || nest < o$max.level)
                .strListBody(object, indent = indent, nest = nest, o = o)
        }
        .strAttributes(object, indent, nest, c("names"), o)
        return(invisible())
    }
    if (is.factor(object)) {
        lev <- levels(object)
        nl <- length(lev)
        codes <- as.integer(object)
        n <- length(object)
        ord <- is.ordered(object)
        head <- if (ord) " Ord.factor w/ " else " Factor w/ "
        shown <- if (nl) {
            # levels are listed while their running width (each quoted, plus a separator) stays
            # within 13 columns, and always up to the first one that passes it
            q <- ifelse(is.na(lev), "NA", paste0("\"", lev, "\""))
            run <- cumsum(nchar(q, type = "w") + 1L)
            k <- if (nl <= 1L || run[nl] <= 13L) nl else which.max(run > 13L)
            sep <- if (ord) "<" else ","
            paste0(paste(q[seq_len(k)], collapse = sep), if (nl > k) paste0(sep, ".."))
        } else ""
        ncodes <- min(n, round(2.5 * o$vec.len))
        cat(head, nl, " level", if (nl != 1L) "s", if (nl) " ", shown, ": ",
            paste(ifelse(is.na(codes[seq_len(ncodes)]), "NA", codes[seq_len(ncodes)]), collapse = " "),
            if (n > ncodes) " ...", "\n", sep = "")
        return(invisible())
    }
    if (inherits(object, "Date") || inherits(object, "POSIXct")) {
        n <- length(object)
        cls <- if (inherits(object, "Date")) "Date" else "POSIXct"
        k <- min(n, if (nest > 0L) 2L else 5L)
        shown <- format(object[seq_len(k)])
        vals <- paste(ifelse(is.na(shown), "NA", paste0("\"", shown, "\"")), collapse = " ")
        cat(" ", cls, if (!o$give.length) "," else paste0("[1:", n, "],"), " format: ", vals,
            if (n > k) " ...", "\n", sep = "")
        return(invisible())
    }
    if (is.atomic(object)) {
        n <- length(object)
        type <- switch(typeof(object), logical = "logi", integer = "int", double = "num",
                       character = "chr", complex = "cplx", raw = "raw", typeof(object))
        d <- dim(object)
        named <- !is.null(names(object)) && is.null(d)
        cls <- oldClass(object)
        ts <- !is.null(attr(object, "tsp")) && inherits(object, "ts")
        pre <- if (ts) " Time-Series" else
            paste0(" ", if (!is.null(cls)) paste0("'", cls[1L], "' "), if (named) "Named ", type)
        if (n == 0L && !is.null(d)) {
            cat(pre, "[", paste(paste0(ifelse(d > 1L, "1:", ""), d, ifelse(d > 0L, "", " ")), collapse = ", "),
                "] \n", sep = "")
            .strAttributes(object, indent, nest, c("dim", "class"), o)
            return(invisible())
        }
        if (n == 0L) {
            cat(pre, if (!o$give.length) " \n" else "(0) \n", sep = "")
            .strAttributes(object, indent, nest, character(), o)
            return(invisible())
        }
        dims <- if (!is.null(d)) paste0(" [", paste(paste0(ifelse(d > 1L, "1:", ""), d, ifelse(d > 0L, "", " ")), collapse = ", "),
                                             if (length(d) == 1L) "(1d)", "]")
                else if (!o$give.length) (if (n > 1L) " " else "") else if (n > 1L) paste0(" [1:", n, "]") else ""
        if (ts) {
            # a time series: its extent (empty inside a data frame) and its time span
            tsp <- attr(object, "tsp")
            dims <- paste0(if (is.null(d)) { if (o$give.length) paste0(" [1:", n, "]") else " " } else dims,
                           " from ", format(tsp[1L], digits = o$digits), " to ", format(tsp[2L], digits = o$digits), ":")
        }
        vec.len <- o$vec.len
        if (is.character(object)) {
            # the top level fills the line; nested values show vec.len strings
            budget <- o$width - nchar(indent, type = "w") - nchar(pre) - nchar(dims) - 4L
            shown <- character()
            used <- 0L
            for (k in seq_len(n)) {
                s <- if (is.na(object[k])) "NA" else .strTruncate(encodeString(object[k], quote = "\""), o$nchar.max)
                if ((nest > 0L || o$vec.len.given) && k > vec.len) break
                if (nest == 0L && !o$vec.len.given && k > 1L && used + nchar(s, type = "w") + 1L > budget) break
                shown <- c(shown, s)
                used <- used + nchar(s, type = "w") + 1L
            }
            vals <- paste(shown, collapse = " ")
            more <- length(shown) < n
        } else {
            nn <- if (is.numeric(object) && !is.integer(object)) {
                # integer-like length when the first values lie in (1e-10, 1e10) and need at most
                # `digits` significant digits (up to a relative 9e-16)
                head <- object[seq_len(min(n, round(2.5 * vec.len)))]
                a <- abs(head <- head[!is.na(head)])
                nice <- all(a > 1e-10 | a == 0) && all(a < 1e10 | a == 0) &&
                    all(abs(head - signif(head, o$digits)) <= 9e-16 * a)
                if (nice) round(2.5 * vec.len) else round(1.25 * vec.len)
            } else if (is.integer(object)) round(2.5 * vec.len) else round(1.5 * vec.len)
            k <- min(n, nn)
            part <- object[seq_len(k)]
            vals <- if (is.numeric(part)) .strNumbers(as.vector(part), o$digits)
                    else as.character(part)
            vals[is.na(part) & (if (is.double(part)) !is.nan(part) else TRUE)] <- "NA"
            vals <- paste(vals, collapse = " ")
            more <- n > k
        }
        cat(.strHead(pre, dims, o), vals, if (more) " ...", "\n", sep = "")
        .strAttributes(object, indent, nest, c("dim", "class", if (ts) "tsp"), o)
        return(invisible())
    }
    cat(" ", class(object)[1L], "\n", sep = "")
    invisible()
}

.strAttributes <- function(object, indent, nest, skip, o) {
    if (!o$give.attr) return(invisible())
    a <- attributes(object)
    a <- a[setdiff(names(a), skip)]
    o$give.length <- TRUE   # attributes show their lengths even inside a data frame
    for (nm in names(a)) {
        cat(indent, "- attr(*, \"", nm, "\")=", sep = "")
        .strObject(a[[nm]], indent = paste(indent, ".."), nest = nest + 1L, o = o)
    }
    invisible()
}

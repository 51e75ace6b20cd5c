# Data frames: construction, attributes, indexing and replacement, printing and formatting,
# combining, merging, reshaping and the stats/utils helpers that work on them.
# A data frame is a named list of equal-length columns with class "data.frame" and a
# row.names attribute (c(NA_integer_, -n) when the names are automatic 1..n); the Java side
# (org.rlambda.base.DataFrames) reads that compact form without expanding it.

is.data.frame <- function(x) inherits(x, "data.frame")

# ---------------------------------------------------------------- construction

data.frame <- function(..., row.names = NULL, check.rows = FALSE, check.names = TRUE,
                       fix.empty.names = TRUE, stringsAsFactors = FALSE) {
    args <- list(...)
    exprs <- as.list(substitute(list(...)))[-1L]
    n <- length(args)
    argnames <- names(args)
    if (is.null(argnames)) argnames <- character(n)
    cols <- list()
    colnames <- character()
    nrows <- integer()
    rn <- NULL
    for (k in seq_len(n)) {
        xi <- args[[k]]
        nm <- argnames[k]
        if (is.null(xi)) next
        if (is.character(xi) && stringsAsFactors && !inherits(xi, "AsIs")) xi <- factor(xi)
        if (is.data.frame(xi) || (is.list(xi) && !inherits(xi, "AsIs")) || (is.matrix(xi) && !inherits(xi, "AsIs"))) {
            part <- if (is.data.frame(xi)) xi else as.data.frame(xi, optional = TRUE, stringsAsFactors = stringsAsFactors)
            pn <- names(part)
            if (is.matrix(xi) && is.null(colnames(xi))) {
                pn <- if (nzchar(nm)) paste(nm, seq_along(pn), sep = ".") else paste0("X", seq_along(pn))
            } else if (nzchar(nm) && length(pn) > 1L) {
                pn <- paste(nm, pn, sep = ".")
            } else if (nzchar(nm) && length(pn) == 1L && !is.data.frame(xi)) {
                pn <- nm
            }
            if (missing(row.names) && is.null(rn) && .row_names_info(part) > 0L) rn <- .row_names_info(part, 0L)
            for (j in seq_along(part)) {
                cols[[length(cols) + 1L]] <- part[[j]]
                colnames <- c(colnames, pn[j])
                nrows <- c(nrows, .row_names_info(part, 2L))
            }
            next
        }
        if (!nzchar(nm)) {
            nm <- if (fix.empty.names) paste(deparse(exprs[[k]], width.cutoff = 500L), collapse = " ") else ""
        }
        if (missing(row.names) && is.null(rn) && !is.null(names(xi)) && is.null(dim(xi)) && !anyDuplicated(names(xi)))
            rn <- names(xi)
        if (!inherits(xi, "AsIs") && !is.factor(xi)) names(xi) <- NULL
        cols[[length(cols) + 1L]] <- xi
        colnames <- c(colnames, nm)
        nrows <- c(nrows, NROW(xi))
    }
    if (is.character(row.names) && length(row.names) == 1L && length(cols) && (row.names %in% colnames)) {
        k <- match(row.names, colnames)
        row.names <- as.character(cols[[k]])
        cols[[k]] <- NULL
        colnames <- colnames[-k]
        nrows <- nrows[-k]
    } else if (is.numeric(row.names) && length(row.names) == 1L && length(cols) > 1L) {
        k <- as.integer(row.names)
        row.names <- as.character(cols[[k]])
        cols[[k]] <- NULL
        colnames <- colnames[-k]
        nrows <- nrows[-k]
    }
    nr <- if (length(nrows)) max(nrows) else if (!is.null(row.names)) length(row.names) else 0L
    for (k in seq_along(cols)) {
        if (nrows[k] == nr) next
        if (nrows[k] > 0L && nr %% nrows[k] == 0L) {
            cols[[k]] <- rep(cols[[k]], length.out = nr)
        } else {
            stop(gettextf("arguments imply differing number of rows: %s",
                          paste(unique(nrows), collapse = ", ")), domain = NA)
        }
    }
    if (check.names) {
        if (fix.empty.names) colnames <- make.names(colnames, unique = TRUE)
        else {
            nz <- nzchar(colnames)
            colnames[nz] <- make.names(colnames[nz], unique = TRUE)
        }
    }
    names(cols) <- colnames
    if (!is.null(row.names)) {
        if (length(row.names) != nr) stop("row names supplied are of the wrong length")
        if (anyDuplicated(row.names)) {
            stop(gettextf("duplicate row.names: %s",
                          paste(unique(row.names[duplicated(row.names)]), collapse = ", ")), domain = NA)
        }
        rn <- row.names
    }
    if (!is.null(rn) && length(rn) != nr) rn <- NULL
    if (!is.null(rn) && is.numeric(rn) && !is.integer(rn)) rn <- as.character(rn)
    .dfMake(cols, rn)
}

as.data.frame <- function(x, row.names = NULL, optional = FALSE, ...) {
    if (is.null(x)) return(as.data.frame(list()))
    UseMethod("as.data.frame")
}

as.data.frame.data.frame <- function(x, row.names = NULL, ...) {
    if (!is.null(row.names)) attr(x, "row.names") <- row.names
    x
}

as.data.frame.list <- function(x, row.names = NULL, optional = FALSE, ..., cut.names = FALSE,
                               col.names = names(x), fix.empty.names = TRUE, check.names = !optional,
                               stringsAsFactors = FALSE) {
    new.nms <- !missing(col.names)
    if (cut.names) {
        maxL <- if (is.logical(cut.names)) 256L else as.integer(cut.names)
        if (any(long <- nchar(col.names, "bytes", keepNA = FALSE) > maxL))
            col.names[long] <- paste(substr(col.names[long], 1L, maxL - 6L), "...")
        else cut.names <- FALSE
    }
    # names that are data.frame() arguments are protected while passing through it
    m <- match(c("row.names", "check.rows", "check.names", "fix.empty.names", "stringsAsFactors"),
               col.names, 0L)
    if (any.m <- any(m)) col.names[m] <- paste0("..adfl.", col.names[m])
    if (new.nms || any.m || cut.names) names(x) <- col.names
    x <- unclass(x)
    alis <- c(list(check.names = check.names, fix.empty.names = fix.empty.names,
                   stringsAsFactors = stringsAsFactors),
              if (!is.null(row.names)) list(row.names = row.names))
    x <- do.call(data.frame, c(x, alis))
    if (any.m) names(x) <- sub("^\\.\\.adfl\\.", "", names(x))
    x
}

as.data.frame.matrix <- function(x, row.names = NULL, optional = FALSE, make.names = TRUE, ...,
                                 stringsAsFactors = FALSE) {
    d <- dim(x)
    nc <- d[2L]
    cn <- colnames(x)
    if (is.null(cn)) cn <- paste0("V", seq_len(nc))
    cols <- vector("list", nc)
    for (j in seq_len(nc)) {
        cols[[j]] <- as.vector(x[, j])
        if (stringsAsFactors && is.character(cols[[j]])) cols[[j]] <- factor(cols[[j]])
    }
    names(cols) <- cn
    if (is.null(row.names)) row.names <- rownames(x)
    .dfMake(cols, row.names)
}

as.data.frame.vector <- function(x, row.names = NULL, optional = FALSE, ...,
                                 nm = deparse1(substitute(x))) {
    force(nm) # before x is modified below
    nrows <- length(x)
    if (is.null(row.names) && !is.null(names(x)) && !anyDuplicated(names(x))) row.names <- names(x)
    names(x) <- NULL
    value <- list(x)
    if (!optional) names(value) <- nm
    .dfMake(value, row.names)
}

as.data.frame.numeric <- as.data.frame.vector
as.data.frame.integer <- as.data.frame.vector
as.data.frame.logical <- as.data.frame.vector
as.data.frame.character <- function(x, ..., stringsAsFactors = FALSE) {
    nm <- deparse1(substitute(x))
    if (stringsAsFactors) x <- factor(x)
    as.data.frame.vector(x, ..., nm = nm)
}
as.data.frame.factor <- as.data.frame.vector
as.data.frame.Date <- as.data.frame.vector
as.data.frame.POSIXct <- as.data.frame.vector
as.data.frame.AsIs <- as.data.frame.vector
as.data.frame.table <- function(x, row.names = NULL, ..., responseName = "Freq", stringsAsFactors = TRUE) {
    dn <- dimnames(x)
    if (is.null(names(dn))) names(dn) <- paste0("Var", seq_along(dn))
    empty <- !nzchar(names(dn))
    if (any(empty)) names(dn)[empty] <- paste0("Var", seq_along(dn))[empty]
    grid <- expand.grid(dn, stringsAsFactors = stringsAsFactors)
    grid[[responseName]] <- as.vector(unclass(x))
    grid
}

expand.grid <- function(..., KEEP.OUT.ATTRS = TRUE, stringsAsFactors = TRUE) {
    args <- list(...)
    if (length(args) == 1L && is.list(args[[1L]])) args <- args[[1L]]
    nargs <- length(args)
    if (nargs == 0L) return(as.data.frame(list()))
    nms <- names(args)
    if (is.null(nms)) nms <- paste0("Var", seq_len(nargs))
    empty <- !nzchar(nms)
    if (any(empty)) nms[empty] <- paste0("Var", seq_len(nargs))[empty]
    d <- lengths(args)
    total <- prod(d)
    cols <- vector("list", nargs)
    rep.fac <- 1L
    for (i in seq_len(nargs)) {
        x <- args[[i]]
        nx <- length(x)
        if (is.character(x) && stringsAsFactors) x <- factor(x, levels = unique(x))
        cols[[i]] <- x[rep(rep(seq_len(nx), each = rep.fac), length.out = total)]
        rep.fac <- rep.fac * nx
    }
    names(cols) <- nms
    res <- .dfMake(cols, NULL)
    if (KEEP.OUT.ATTRS) {
        dn <- lapply(seq_len(nargs), function(i) paste0(nms[i], "=", args[[i]]))
        names(dn) <- nms
        attr(res, "out.attrs") <- list(dim = setNames(d, nms), dimnames = dn)
    }
    res
}

I <- function(x) {
    class(x) <- unique(c("AsIs", oldClass(x)))
    x
}

print.AsIs <- function(x, ...) {
    cl <- oldClass(x)
    oldClass(x) <- cl[cl != "AsIs"]
    NextMethod("print")
    invisible(x)
}

format.AsIs <- function(x, width = 12, ...) {
    if (is.character(x) || is.numeric(x) || is.logical(x)) {
        cl <- oldClass(x)
        oldClass(x) <- cl[cl != "AsIs"]
        return(format(x, ...))
    }
    vapply(x, function(e) toString(e, width = width), "")
}

# ---------------------------------------------------------------- attributes

dim.data.frame <- function(x) c(.row_names_info(x, 2L), length(x))

dimnames.data.frame <- function(x) list(row.names(x), names(x))

`dimnames<-.data.frame` <- function(x, value) {
    d <- dim(x)
    if (!is.list(value) || length(value) != 2L) stop("invalid 'dimnames' given for data frame")
    value[[1L]] <- as.character(value[[1L]])
    value[[2L]] <- as.character(value[[2L]])
    if (d[[1L]] != length(value[[1L]]) || d[[2L]] != length(value[[2L]]))
        stop("invalid 'dimnames' given for data frame")
    row.names(x) <- value[[1L]]
    names(x) <- value[[2L]]
    x
}

row.names <- function(x) UseMethod("row.names")
row.names.data.frame <- function(x) .dfRowNames(x)
row.names.default <- function(x) if (!is.null(dim(x))) rownames(x)

`row.names<-` <- function(x, value) UseMethod("row.names<-")

`row.names<-.data.frame` <- function(x, value) {
    if (!is.data.frame(x)) x <- as.data.frame(x)
    n <- .row_names_info(x, 2L)
    if (is.null(value)) {
        attr(x, "row.names") <- .set_row_names(n)
        return(x)
    }
    if (is.object(value) || !is.integer(value)) value <- as.character(value)
    if (n == 0L) {
        if (!is.null(.row_names_info(x, 0L)) && length(value) > 0L)
            stop("invalid 'row.names' length")
    } else if (length(value) != n) {
        stop("invalid 'row.names' length")
    }
    if (anyDuplicated(value)) {
        nonuniq <- sort(unique(value[duplicated(value)]))
        warning(ngettext(length(nonuniq), sprintf("non-unique value when setting 'row.names': %s",
                                                  sQuote(nonuniq[1L])),
                         sprintf("non-unique values when setting 'row.names': %s",
                                 paste(sQuote(nonuniq), collapse = ", "))),
                domain = NA, call. = FALSE)
        stop("duplicate 'row.names' are not allowed")
    }
    if (anyNA(value)) stop("missing values in 'row.names' are not allowed")
    attr(x, "row.names") <- value
    x
}

`row.names<-.default` <- function(x, value) `rownames<-`(x, value)

`names<-.data.frame` <- function(x, value) {
    cl <- oldClass(x)
    x <- unclass(x)
    names(x) <- value
    class(x) <- cl
    x
}

as.list.data.frame <- function(x, ...) {
    x <- unclass(x)
    attr(x, "row.names") <- NULL
    x
}

t.data.frame <- function(x) t(as.matrix(x))

# ---------------------------------------------------------------- indexing

# Row positions (with NA for rows that do not exist) selected by a row index.
.dfRowIndex <- function(x, i, nr, rn) {
    if (is.character(i)) {
        return(pmatch(i, rn, duplicates.ok = TRUE))
    }
    if (is.factor(i)) return(match(as.character(i), rn))
    if (is.logical(i)) {
        if (length(i) > nr) return(seq_along(i)[i])
        return(seq_len(nr)[rep_len(i, nr)])
    }
    if (is.numeric(i)) {
        i <- as.integer(i)
        if (any(i < 0L, na.rm = TRUE)) {
            if (any(i > 0L, na.rm = TRUE)) stop("only 0's may be mixed with negative subscripts")
            return(seq_len(nr)[i])
        }
        i <- i[i != 0L]
        i[!is.na(i) & i > nr] <- NA_integer_
        return(i)
    }
    stop("invalid subscript type '", typeof(i), "'")
}

# Column positions selected by a column index; unknown columns are an error.
.dfColIndex <- function(x, j) {
    nms <- names(x)
    nc <- length(nms)
    if (is.character(j)) {
        return(match(j, nms))
    }
    if (is.factor(j)) return(.dfColIndex(x, as.character(j)))
    if (is.logical(j)) {
        if (length(j) > nc) return(NA_integer_)
        return(seq_len(nc)[rep_len(j, nc)])
    }
    if (is.numeric(j)) {
        j <- as.integer(j)
        if (any(j < 0L, na.rm = TRUE)) {
            if (any(j > 0L, na.rm = TRUE)) stop("only 0's may be mixed with negative subscripts")
            return(seq_len(nc)[j])
        }
        j <- j[j != 0L]
        j[j > nc] <- NA_integer_
        return(j)
    }
    stop("invalid subscript type '", typeof(j), "'")
}

`[.data.frame` <- function(x, i, j, drop = if (missing(i)) TRUE else ncols == 1L) {
    # drop's default is evaluated lazily, once ncols (the selected columns) is known
    nargs_used <- nargs() - !missing(drop)
    nr <- .row_names_info(x, 2L)
    if (nargs_used < 3L) {
        # list-style: x[j] selects columns, keeps every row
        if (missing(i)) return(x)
        if (is.matrix(i) && is.logical(i)) return(as.matrix(x)[i])
        jj <- .dfColIndex(x, i)
        if (anyNA(jj)) stop("undefined columns selected")
        cols <- unclass(x)[jj]
        nms <- names(x)[jj]
        if (anyDuplicated(nms)) nms <- make.unique(nms)
        names(cols) <- nms
        r <- .dfMake(cols, .row_names_info(x, 0L))
        class(r) <- oldClass(x)  # subclasses (anova, ...) survive, as in GNU R
        return(r)
    }
    cols <- unclass(x)
    attr(cols, "row.names") <- NULL
    nms <- names(x)
    if (!missing(j)) {
        jj <- .dfColIndex(x, j)
        if (anyNA(jj)) stop("undefined columns selected")
        cols <- cols[jj]
        nms <- nms[jj]
        if (anyDuplicated(nms)) nms <- make.unique(nms)
    }
    ncols <- length(cols)
    if (missing(i)) {
        rn <- .row_names_info(x, 0L)
    } else {
        rnx <- .dfRowNames(x)
        ii <- .dfRowIndex(x, i, nr, rnx)
        for (k in seq_len(ncols)) {
            xk <- cols[[k]]
            cols[k] <- list(if (length(dim(xk)) == 2L) xk[ii, , drop = FALSE] else xk[ii])
        }
        # the selected row names, integer ones staying integer (1..n is stored compactly)
        rn <- attr(x, "row.names")[ii]
        ina <- anyNA(rn)
        dup <- anyDuplicated(rn)
        if (ina || dup) {
            if (!dup && is.character(rn)) dup <- "NA" %in% rn
            if (ina) rn[is.na(rn)] <- "NA"
            if (dup) rn <- make.unique(as.character(rn))
        }
    }
    if (drop && ncols == 1L) return(cols[[1L]])
    names(cols) <- nms
    if (drop && !missing(i) && length(rn) == 1L && ncols > 1L) {
        # one row with drop = TRUE: a list
        return(cols)
    }
    r <- .dfMake(cols, rn)
    # row selection leaves the attributes in GNU R's order names, row.names, class (dput shows it)
    if (!missing(i)) attr(r, "class") <- NULL
    class(r) <- oldClass(x)
    r
}

`[[.data.frame` <- function(x, ..., exact = TRUE) {
    na <- nargs() - !missing(exact)
    if (na < 3L) {
        return(.subset2(x, ..., exact = exact))
    }
    args <- list(...)
    col <- .subset2(x, args[[2L]], exact = exact)
    i <- args[[1L]]
    if (is.character(i)) i <- match(i, .dfRowNames(x))
    col[[i]]
}

`$.data.frame` <- function(x, name) {
    a <- .subset2(x, name, exact = FALSE)
    a
}

`$<-.data.frame` <- function(x, name, value) {
    cl <- oldClass(x)
    nrows <- .row_names_info(x, 2L)
    if (!is.null(value)) {
        N <- NROW(value)
        if (N > nrows) {
            stop(sprintf(ngettext(N, "replacement has %d row, data has %d",
                                  "replacement has %d rows, data has %d"), N, nrows), domain = NA)
        }
        if (N < nrows) {
            if (N > 0L && (nrows %% N == 0L) && length(dim(value)) <= 1L) {
                value <- rep(value, length.out = nrows)
            } else {
                stop(sprintf(ngettext(N, "replacement has %d row, data has %d",
                                      "replacement has %d rows, data has %d"), N, nrows), domain = NA)
            }
        }
        if (is.atomic(value) && !is.null(names(value)) && is.null(dim(value))) names(value) <- NULL
    }
    x <- unclass(x)
    x[[name]] <- value
    class(x) <- cl
    x
}

`[[<-.data.frame` <- function(x, i, j, value) {
    if (!missing(j)) {
        cl <- oldClass(x)
        col <- .subset2(x, j)
        if (is.character(i)) i <- match(i, .dfRowNames(x))
        col[[i]] <- value
        x <- unclass(x)
        x[[j]] <- col
        class(x) <- cl
        return(x)
    }
    if (is.numeric(i) && i > length(x) + 1L) stop("subscript out of bounds")
    name <- if (is.numeric(i) && i <= length(x)) names(x)[i] else i
    if (is.numeric(name)) name <- paste0("V", i)
    `$<-.data.frame`(x, name, value)
}

`[<-.data.frame` <- function(x, i, j, value) {
    nargs_used <- nargs()
    cl <- oldClass(x)
    nr <- .row_names_info(x, 2L)
    rnx <- .dfRowNames(x)
    automatic <- .row_names_info(x) < 0L
    nms <- names(x)
    if (nargs_used < 4L) {
        # x[j] <- value: whole columns
        if (missing(i)) {
            jj <- seq_along(nms)
        } else if (is.logical(i) && is.matrix(i)) {
            m <- as.matrix(x)
            return(.dfReplaceCells(x, i, value))
        } else if (is.character(i)) {
            jj <- match(i, nms)
            newcols <- is.na(jj)
            if (any(newcols)) jj[newcols] <- length(nms) + seq_len(sum(newcols))
            nms[jj] <- i
        } else {
            jj <- if (is.logical(i)) seq_along(nms)[rep_len(i, length(nms))] else as.integer(i)
            if (any(jj < 0L)) jj <- seq_along(nms)[jj]
        }
        ii <- NULL
    } else {
        if (missing(j)) {
            jj <- seq_along(nms)
        } else if (is.character(j)) {
            jj <- match(j, nms)
            newcols <- is.na(jj)
            if (any(newcols)) jj[newcols] <- length(nms) + seq_len(sum(newcols))
            nms[jj] <- j
        } else if (is.logical(j)) {
            jj <- seq_along(nms)[rep_len(j, length(nms))]
        } else {
            jj <- as.integer(j)
            if (any(jj < 0L)) jj <- seq_along(nms)[jj]
        }
        if (missing(i)) {
            ii <- NULL
        } else if (is.character(i)) {
            ii <- match(i, rnx)
            newrows <- is.na(ii)
            if (any(newrows)) {
                ii[newrows] <- nr + seq_len(sum(newrows))
                rnx <- c(rnx, i[newrows])
                automatic <- FALSE
            }
        } else if (is.logical(i)) {
            ii <- seq_len(max(nr, length(i)))[rep_len(i, max(nr, length(i)))]
            ii <- ii[!is.na(ii)]
        } else {
            ii <- as.integer(i)
            if (any(ii < 0L, na.rm = TRUE)) ii <- seq_len(nr)[ii]
        }
    }
    newnr <- max(nr, if (length(ii)) max(ii) else 0L)
    nsel <- if (is.null(ii)) nr else length(ii)
    if (is.null(value)) {
        if (is.null(ii)) {
            keep <- setdiff(seq_along(nms), jj)
            y <- unclass(x)[keep]
            names(y) <- nms[keep]
            return(.dfMake(y, .row_names_info(x, 0L)))
        }
        stop("replacement has length zero")
    }
    if (is.data.frame(value) || is.list(value)) {
        vals <- unclass(value)
        attr(vals, "row.names") <- NULL
        vals <- rep(vals, length.out = length(jj))
    } else {
        nv <- length(value)
        per <- nsel
        if (nv == 0L) stop("replacement has length zero")
        if (length(jj) > 1L && nv == per * length(jj)) {
            vals <- lapply(seq_along(jj), function(k) value[(k - 1L) * per + seq_len(per)])
        } else {
            vals <- rep(list(value), length(jj))
        }
    }
    y <- unclass(x)
    attr(y, "row.names") <- NULL
    for (k in seq_along(jj)) {
        col <- if (jj[k] <= length(y)) y[[jj[k]]] else NULL
        v <- vals[[k]]
        if (is.null(col)) {
            col <- if (is.factor(v)) factor(rep(NA_character_, nr), levels = levels(v)) else rep(v[NA_integer_], length.out = nr)
            if (is.null(ii)) col <- col[0L]
        }
        if (is.null(ii)) {
            if (length(v) != newnr) {
                if (length(v) > 0L && newnr %% length(v) == 0L) v <- rep(v, length.out = newnr)
                else stop(sprintf(ngettext(length(v), "replacement has %d row, data has %d",
                                           "replacement has %d rows, data has %d"), length(v), newnr), domain = NA)
            }
            col <- v
        } else {
            if (length(v) != 1L && length(ii) %% length(v) != 0L) {
                stop(sprintf("replacement has %d rows, data has %d", length(v), length(ii)), domain = NA)
            }
            iseq <- ii # the name GNU R's warnings show: `[<-.factor`(`*tmp*`, iseq, value = ...)
            col[iseq] <- v
        }
        if (length(col) < newnr) col[newnr] <- col[NA_integer_][1L]
        y[[jj[k]]] <- col
    }
    names(y) <- nms
    if (newnr > nr) {
        for (k in seq_along(y)) if (length(y[[k]]) < newnr) y[[k]][newnr] <- y[[k]][NA_integer_][1L]
        if (automatic) rn <- .set_row_names(newnr)
        else {
            rn <- rnx
            if (length(rn) < newnr) rn <- c(rn, as.character((length(rn) + 1L):newnr))
        }
    } else {
        rn <- .row_names_info(x, 0L)
    }
    .dfMake(y, rn)
}

.dfReplaceCells <- function(x, mask, value) {
    for (k in seq_along(x)) {
        sel <- mask[, k]
        if (any(sel)) {
            col <- x[[k]]
            col[sel] <- value
            x[[k]] <- col
        }
    }
    x
}

# ---------------------------------------------------------------- formatting and printing

format.data.frame <- function(x, ..., justify = "left") {
    nc <- length(x)
    if (!nc) return(x)
    nr <- .row_names_info(x, 2L)
    rval <- vector("list", nc)
    for (k in seq_len(nc)) {
        col <- x[[k]]
        rval[[k]] <- .dfFormatColumn(col, nr, ...)
    }
    names(rval) <- names(x)
    .dfMake(rval, .row_names_info(x, 0L))
}

.dfFormatColumn <- function(col, nr, ..., na.encode = TRUE) {
    if (is.character(col) && !is.object(col)) {
        if (na.encode) col[is.na(col)] <- "NA"
        return(col)
    }
    if (is.factor(col)) {
        r <- as.character(col)
        if (na.encode) r[is.na(r)] <- "NA"
        return(r)
    }
    if (is.list(col) && !is.object(col)) {
        return(vapply(col, function(e) paste(format(e, ...), collapse = ", "), ""))
    }
    if (length(dim(col)) == 2L) {
        return(format(col, ..., na.encode = na.encode))
    }
    r <- format(col, ..., na.encode = na.encode)
    names(r) <- NULL
    r
}

print.data.frame <- function(x, ..., digits = NULL, quote = FALSE, right = TRUE, row.names = TRUE,
                             max = NULL) {
    n <- .row_names_info(x, 2L)
    if (length(x) == 0L) {
        cat(sprintf(ngettext(n, "data frame with 0 columns and %d row",
                             "data frame with 0 columns and %d rows"), n), "\n", sep = "")
    } else if (n == 0L) {
        print.default(names(x), quote = FALSE)
        cat("<0 rows> (or 0-length row.names)\n")
    } else {
        if (is.null(max)) max <- getOption("max.print", 99999L)
        omit <- (n0 <- max %/% length(x)) < n
        shown <- if (omit) x[seq_len(n0), , drop = FALSE] else x
        m <- .dfAsTextMatrix(shown, digits)
        if (!isTRUE(row.names)) {
            dimnames(m)[[1L]] <- if (isFALSE(row.names)) rep.int("", if (omit) n0 else n) else row.names
        }
        print(m, ..., quote = quote, right = right, max = max)
        if (omit) cat(" [ reached 'max' / getOption(\"max.print\") -- omitted", n - n0, "rows ]\n")
    }
    invisible(x)
}

# The character matrix print.data.frame shows: each column formatted on its own, NA kept as
# NA in character and factor columns (printed as <NA>); matrix columns spread out.
.dfAsTextMatrix <- function(x, digits = NULL) {
    nr <- .row_names_info(x, 2L)
    cols <- list()
    cn <- character()
    nms <- names(x)
    for (k in seq_along(x)) {
        col <- x[[k]]
        if (is.data.frame(col)) {
            inner <- .dfAsTextMatrix(col, digits)
            for (j in seq_len(ncol(inner))) {
                cols[[length(cols) + 1L]] <- inner[, j]
                cn <- c(cn, paste(nms[k], colnames(inner)[j], sep = "."))
            }
        } else if (length(dim(col)) == 2L) {
            f <- format(col, digits = digits)
            cnk <- colnames(col)
            for (j in seq_len(ncol(col))) {
                cols[[length(cols) + 1L]] <- f[, j]
                cn <- c(cn, paste(nms[k], if (is.null(cnk)) j else cnk[j], sep = "."))
            }
        } else {
            cols[[length(cols) + 1L]] <- .dfFormatColumn(col, nr, digits = digits, na.encode = FALSE)
            cn <- c(cn, nms[k])
        }
    }
    m <- matrix(unlist(cols, use.names = FALSE), nrow = nr, ncol = length(cols))
    cn[is.na(cn)] <- "NA"
    dimnames(m) <- list(.dfRowNames(x), cn)
    m
}

as.matrix.data.frame <- function(x, rownames.force = NA, ...) {
    nr <- .row_names_info(x, 2L)
    nc <- length(x)
    rn <- if (isTRUE(rownames.force) || (is.na(rownames.force) && .row_names_info(x) > 0L)) .dfRowNames(x)
    if (nc == 0L) return(array(NA, dim = c(nr, 0L), dimnames = list(rn, names(x))))
    if (any(vapply(x, function(c) length(dim(c)) == 2L, NA))) {
        # matrix and data-frame columns spread into one column each ("name.colname")
        flat <- list()
        labs <- character()
        nms <- names(x)
        for (k in seq_len(nc)) {
            xk <- x[[k]]
            if (length(dk <- dim(xk)) == 2L) {
                if (is.data.frame(xk)) xk <- as.matrix.data.frame(xk, rownames.force = FALSE)
                if (dk[2L] == 0L) next
                dnk <- colnames(xk)
                if (!length(dnk)) dnk <- seq_len(dk[2L])
                labs <- c(labs, if (dk[2L] > 1L) paste(nms[k], dnk, sep = ".") else nms[k])
                for (j in seq_len(dk[2L])) flat[[length(flat) + 1L]] <- xk[, j]
            } else {
                flat[[length(flat) + 1L]] <- xk
                labs <- c(labs, nms[k])
            }
        }
        names(flat) <- labs
        x <- flat
        nc <- length(x)
    }
    dn <- list(rn, names(x))
    numeric_only <- all(vapply(x, function(c) (is.numeric(c) || is.logical(c) || is.complex(c)) && !is.object(c), NA))
    if (numeric_only) {
        m <- matrix(unlist(unclass(x), use.names = FALSE), nrow = nr, ncol = nc)
    } else {
        x <- unclass(x)
        cols <- lapply(x, function(c) {
            if (is.character(c)) c
            else if (is.factor(c)) as.character(c)
            else if (is.logical(c)) as.character(c)
            else {
                r <- format(c)
                r[is.na(c)] <- NA
                r
            }
        })
        m <- matrix(unlist(cols, use.names = FALSE), nrow = nr, ncol = nc)
    }
    dimnames(m) <- dn
    m
}

# A numeric matrix from a data frame: logical and factor columns become their integer codes,
# character columns the codes of factor(column); integer when every column is integer.
data.matrix <- function(frame, rownames.force = NA) {
    if (!is.data.frame(frame)) return(as.matrix(frame))
    d <- dim(frame)
    rn <- if (isFALSE(rownames.force)) NULL
          else if (isTRUE(rownames.force) || .row_names_info(frame) > 0L) row.names(frame)
    cols <- lapply(as.list(frame), function(xi) {
        if (is.logical(xi) || is.factor(xi)) as.integer(xi)
        else if (is.character(xi)) as.integer(factor(xi))
        else if (is.numeric(xi)) xi
        else as.numeric(xi)
    })
    intOK <- all(vapply(cols, is.integer, NA))
    x <- matrix(if (intOK) NA_integer_ else NA_real_, nrow = d[1L], ncol = d[2L],
                dimnames = list(rn, names(frame)))
    for (i in seq_len(d[2L])) x[, i] <- cols[[i]]
    x
}

as.vector.data.frame <- function(x, mode = "any") {
    x <- as.list.data.frame(x)
    if (mode == "list" || mode == "any") x else as.vector(x, mode)
}

# ---------------------------------------------------------------- head, tail, combining

head.data.frame <- function(x, n = 6L, ...) {
    nr <- .row_names_info(x, 2L)
    n <- if (n < 0L) max(nr + n, 0L) else min(n, nr)
    x[seq_len(n), , drop = FALSE]
}

tail.data.frame <- function(x, n = 6L, keepnums = TRUE, addrownums, ...) {
    nr <- .row_names_info(x, 2L)
    n <- if (n < 0L) max(nr + n, 0L) else min(n, nr)
    x[seq.int(to = nr, length.out = n), , drop = FALSE]
}

rbind.data.frame <- function(..., deparse.level = 1, make.row.names = TRUE,
                             stringsAsFactors = FALSE, factor.exclude = TRUE) {
    allargs <- list(...)
    allargs <- allargs[lengths(allargs) > 0L]
    if (length(allargs) == 0L) return(.dfMake(list(), NULL))
    first <- NULL
    for (a in allargs) if (is.data.frame(a)) { first <- a; break }
    nms <- names(first)
    nc <- length(nms)
    pieces <- vector("list", nc)
    for (j in seq_len(nc)) pieces[[j]] <- vector("list", length(allargs))
    rlabs <- vector("list", length(allargs))
    autoRnms <- TRUE
    argnames <- names(allargs)
    if (is.null(argnames)) argnames <- character(length(allargs))
    nrow <- 0L
    for (k in seq_along(allargs)) {
        a <- allargs[[k]]
        if (is.data.frame(a)) {
            if (length(a) != nc) stop("numbers of columns of arguments do not match")
            if (!is.null(names(a)) && !all(names(a) %in% nms)) stop("names do not match previous names")
            a <- a[nms]
            ni <- .row_names_info(a, 2L)
            ri <- attr(a, "row.names")
        } else {
            a <- as.list(a)
            if (length(a) != nc) stop("invalid list argument: all variables should have the same length")
            if (!is.null(names(a)) && all(names(a) %in% nms) && all(nzchar(names(a)))) a <- a[nms]
            ni <- max(lengths(a))
            ri <- seq_len(ni)
        }
        # row labels as GNU R makes them: "name.rowname" for named arguments, the frame's own
        # names when they are not automatic, else the running row numbers
        nmi <- argnames[k]
        rlabs[[k]] <- if (nzchar(nmi)) {
            autoRnms <- FALSE
            if (ni == 0L) character() else if (ni > 1L) paste(nmi, ri, sep = ".") else nmi
        } else if (autoRnms && nrow > 0L && identical(ri, seq_len(ni))) {
            as.integer(seq.int(from = nrow + 1L, length.out = ni))
        } else {
            if (autoRnms && (nrow > 0L || !identical(ri, seq_len(ni)))) autoRnms <- FALSE
            ri
        }
        for (j in seq_len(nc)) {
            v <- a[[j]]
            if (length(v) < ni) v <- rep(v, length.out = ni)
            pieces[[j]][[k]] <- v
        }
        nrow <- nrow + ni
    }
    cols <- lapply(pieces, .dfCombinePieces)
    names(cols) <- nms
    if (autoRnms || !make.row.names) return(.dfMake(cols, NULL))
    rn <- as.character(unlist(rlabs))
    if (anyDuplicated(rn)) rn <- make.unique(rn, sep = "")
    .dfMake(cols, rn)
}

# One rbind column from its pieces: a factor when the first piece is one (levels extended by
# the later pieces' levels or values), character when a later piece is a factor, else c().
.dfCombinePieces <- function(p) {
    p <- p[!vapply(p, is.null, NA)]
    if (length(p) == 0L) return(NULL)
    if (length(p) == 1L) return(p[[1L]])
    isf <- vapply(p, is.factor, NA)
    if (isf[1L]) {
        lev <- unique(unlist(lapply(p, function(v) if (is.factor(v)) levels(v) else unique(as.character(v)))))
        lev <- lev[!is.na(lev)]
        vals <- unlist(lapply(p, as.character))
        return(factor(vals, levels = lev, ordered = is.ordered(p[[1L]])))
    }
    if (any(isf)) p[isf] <- lapply(p[isf], as.character)
    do.call(c, unname(p))
}

cbind.data.frame <- function(..., deparse.level = 1) data.frame(..., check.names = FALSE)

merge <- function(x, y, ...) UseMethod("merge")

merge.default <- function(x, y, ...) merge(as.data.frame(x), as.data.frame(y), ...)

merge.data.frame <- function(x, y, by = intersect(names(x), names(y)), by.x = by, by.y = by,
                             all = FALSE, all.x = all, all.y = all, sort = TRUE,
                             suffixes = c(".x", ".y"), no.dups = TRUE, incomparables = NULL, ...) {
    fix.by <- function(by, df) {
        if (is.null(by)) by <- numeric()
        by <- as.vector(by)
        nc <- ncol(df)
        if (is.character(by)) {
            poss <- c("row.names", names(df))
            if (any(bad <- !charmatch(by, poss, 0L)))
                stop(ngettext(sum(bad), "'by' must specify a uniquely valid column",
                              "'by' must specify uniquely valid columns"), domain = NA)
            by <- match(by, poss) - 1L
        } else if (is.numeric(by)) {
            if (any(by < 0L) || any(by > nc)) stop("'by' must match numbers of columns")
        } else if (is.logical(by)) {
            if (length(by) != nc) stop("'by' must match number of columns")
            by <- seq_along(by)[by]
        } else stop("'by' must specify one or more columns as numbers, names or logical")
        if (any(bad <- is.na(by)))
            stop(ngettext(sum(bad), "'by' must specify a uniquely valid column",
                          "'by' must specify uniquely valid columns"), domain = NA)
        unique(by)
    }
    nx <- nrow(x)
    ny <- nrow(y)
    by.x <- fix.by(by.x, x)
    by.y <- fix.by(by.y, y)
    if ((l.b <- length(by.x)) != length(by.y)) stop("'by.x' and 'by.y' specify different numbers of columns")
    if (l.b == 0L) {
        # Cartesian product
        ij <- expand.grid(seq_len(nx), seq_len(ny))
        res <- .dfJoin(x[ij[[1L]], , drop = FALSE], y[ij[[2L]], , drop = FALSE])
        attr(res, "row.names") <- .set_row_names(nrow(res))
        return(res)
    }
    if (any(by.x == 0L)) {
        x <- cbind(Row.names = I(row.names(x)), x)
        by.x <- by.x + 1L
    }
    if (any(by.y == 0L)) {
        y <- cbind(Row.names = I(row.names(y)), y)
        by.y <- by.y + 1L
    }
    # one key per row (NA matches NA unless incomparables says otherwise), coded by the
    # position of its first occurrence among the keys both sides have
    if (l.b == 1L) {
        bx <- x[[by.x]]
        if (is.factor(bx)) bx <- as.character(bx)
        by <- y[[by.y]]
        if (is.factor(by)) by <- as.character(by)
    } else {
        bx <- .dfKey(x, by.x)
        by <- .dfKey(y, by.y)
    }
    comm <- match(bx, by, 0L)
    bxy <- bx[comm > 0L]
    xinds <- match(bx, bxy, 0L, incomparables)
    yinds <- match(by, bxy, 0L, incomparables)
    m <- if (nx > 0L && ny > 0L) .dfMergeIndex(xinds, yinds, all.x, all.y)
         else list(xi = integer(), yi = integer(), x.alone = seq_len(nx), y.alone = seq_len(ny))
    xi <- m$xi
    yi <- m$yi
    nm.x <- names(x)[-by.x]
    nm.y <- names(y)[-by.y]
    nm.by <- names(x)[by.x]
    has.common <- nm.x %in% nm.y
    if (any(has.common)) nm.x[has.common] <- paste0(nm.x[has.common], suffixes[1L])
    has.common <- nm.y %in% names(x)[-by.x]
    if (any(has.common)) nm.y[has.common] <- paste0(nm.y[has.common], suffixes[2L])
    res <- .dfJoin(x[xi, by.x, drop = FALSE], x[xi, -by.x, drop = FALSE], y[yi, -by.y, drop = FALSE])
    names(res) <- c(nm.by, nm.x, nm.y)
    if (all.x) {
        zap <- m$x.alone
        if (length(zap)) {
            extra <- .dfJoin(x[zap, by.x, drop = FALSE], x[zap, -by.x, drop = FALSE],
                             .dfNArows(y[, -by.y, drop = FALSE], length(zap)))
            names(extra) <- names(res)
            res <- rbind(res, extra)
        }
    }
    if (all.y) {
        zap <- m$y.alone
        if (length(zap)) {
            ky <- y[zap, by.y, drop = FALSE]
            names(ky) <- nm.by
            extra <- .dfJoin(ky, .dfNArows(x[, -by.x, drop = FALSE], length(zap)), y[zap, -by.y, drop = FALSE])
            names(extra) <- names(res)
            res <- rbind(res, extra)
        }
    }
    if (sort && nrow(res) > 0L) {
        # GNU R orders an inner join by the (pasted) key, an outer one by the key columns
        o <- if (all.x || all.y) do.call(order, unname(as.list(res[seq_len(l.b)]))) else order(bx[xi])
        res <- res[o, , drop = FALSE]
    }
    attr(res, "row.names") <- .set_row_names(nrow(res))
    res
}

# The columns of several frames with the same number of rows side by side (automatic row names).
.dfJoin <- function(...) {
    parts <- list(...)
    cols <- list()
    nms <- character()
    for (p in parts) {
        cols <- c(cols, unclass(p))
        nms <- c(nms, names(p))
    }
    attr(cols, "row.names") <- NULL
    names(cols) <- nms
    .dfMake(cols, NULL)
}

# One key string per row from several by-columns (NA pasted as "NA", so NA keys match).
.dfKey <- function(df, by) {
    parts <- lapply(by, function(k) {
        v <- df[[k]]
        if (is.factor(v)) v <- as.character(v)
        v
    })
    do.call(paste, c(parts, sep = "\r"))
}

# n rows of NA with the columns (and types) of df.
.dfNArows <- function(df, n) {
    cols <- lapply(df, function(c) rep(c[NA_integer_], length.out = n))
    .dfMake(cols, NULL)
}

# ---------------------------------------------------------------- subset, transform, with, within

subset.data.frame <- function(x, subset, select, drop = FALSE, ...) {
    r <- if (missing(subset)) {
        rep_len(TRUE, nrow(x))
    } else {
        e <- substitute(subset)
        r <- eval(e, x, parent.frame())
        if (!is.logical(r)) stop("'subset' must be logical")
        r & !is.na(r)
    }
    vars <- if (missing(select)) {
        rep_len(TRUE, ncol(x))
    } else {
        nl <- as.list(seq_along(x))
        names(nl) <- names(x)
        eval(substitute(select), nl, parent.frame())
    }
    x[r, vars, drop = drop]
}

subset.default <- function(x, subset, ...) {
    if (!is.logical(subset)) stop("'subset' must be logical")
    x[subset & !is.na(subset)]
}

subset <- function(x, ...) UseMethod("subset")

transform <- function(`_data`, ...) UseMethod("transform")

transform.data.frame <- function(`_data`, ...) {
    e <- eval(substitute(list(...)), `_data`, parent.frame())
    tags <- names(e)
    inx <- match(tags, names(`_data`))
    matched <- !is.na(inx)
    if (any(matched)) {
        for (k in which(matched)) `_data`[[inx[k]]] <- e[[k]]
    }
    if (!all(matched)) {
        for (k in which(!matched)) `_data`[[tags[k]]] <- e[[k]]
    }
    `_data`
}

transform.default <- function(`_data`, ...) transform.data.frame(data.frame(`_data`), ...)

with <- function(data, expr, ...) UseMethod("with")

with.default <- function(data, expr, ...) eval(substitute(expr), data, enclos = parent.frame())

within <- function(data, expr, ...) UseMethod("within")

within.data.frame <- function(data, expr, ...) {
    parent <- parent.frame()
    e <- evalq(environment(), data, parent)
    eval(substitute(expr), e)
    l <- as.list(e, all.names = TRUE)
    l <- l[!vapply(l, is.null, NA, USE.NAMES = FALSE)]
    nl <- names(l)
    del <- setdiff(names(data), nl)
    data[nl] <- l
    data[del] <- NULL
    data
}

within.list <- function(data, expr, ...) {
    parent <- parent.frame()
    e <- evalq(environment(), data, parent)
    eval(substitute(expr), e)
    l <- as.list(e, all.names = TRUE)
    nl <- names(l)
    del <- setdiff(names(data), nl)
    data[nl] <- l
    data[del] <- NULL
    data
}

# ---------------------------------------------------------------- split, unique, duplicated

split.data.frame <- function(x, f, drop = FALSE, ...) {
    if (inherits(f, "formula")) f <- .dfFormulaVars(f, x)
    idx <- split(seq_len(nrow(x)), f, drop = drop, ...)
    lapply(idx, function(ind) x[ind, , drop = FALSE])
}

# The variables of a one-sided formula's terms (~ a + b), evaluated in a data frame.
.dfFormulaVars <- function(formula, data) {
    rhs <- formula[[length(formula)]]
    terms <- list()
    collect <- function(e) {
        if (is.call(e) && identical(e[[1L]], as.name("+")) && length(e) == 3L) {
            collect(e[[2L]])
            collect(e[[3L]])
        } else if (is.call(e) && identical(e[[1L]], as.name("("))) {
            collect(e[[2L]])
        } else {
            terms[[length(terms) + 1L]] <<- e
        }
    }
    collect(rhs)
    lapply(terms, eval, data, environment(formula))
}

unsplit <- function(value, f, drop = FALSE) {
    len <- length(if (is.list(f)) f[[1L]] else f)
    if (is.data.frame(value[[1L]])) {
        x <- value[[1L]][rep(NA_integer_, len), , drop = FALSE]
        rownames(x) <- NULL
        sp <- split(seq_len(len), f, drop = drop)
        for (k in names(sp)) x[sp[[k]], ] <- value[[k]]
        x
    } else {
        x <- value[[1L]][rep(NA_integer_, len)]
        split(x, f, drop = drop) <- value
        x
    }
}

.dfRowKeys <- function(x) {
    if (length(x) == 0L) return(character(.row_names_info(x, 2L)))
    parts <- lapply(unname(unclass(x)), function(c) {
        if (is.factor(c)) c <- as.character(c)
        r <- as.character(c)
        r[is.na(c)] <- "\001NA\001"
        r
    })
    do.call(paste, c(parts, sep = "\r"))
}

duplicated.data.frame <- function(x, incomparables = FALSE, fromLast = FALSE, ...) {
    duplicated(.dfRowKeys(x), fromLast = fromLast)
}

unique.data.frame <- function(x, incomparables = FALSE, fromLast = FALSE, ...) {
    x[!duplicated.data.frame(x, fromLast = fromLast), , drop = FALSE]
}

anyDuplicated.data.frame <- function(x, incomparables = FALSE, fromLast = FALSE, ...) {
    anyDuplicated(.dfRowKeys(x), fromLast = fromLast)
}

# ---------------------------------------------------------------- missing values

is.na.data.frame <- function(x) {
    nr <- .row_names_info(x, 2L)
    m <- matrix(FALSE, nrow = nr, ncol = length(x))
    for (k in seq_along(x)) m[, k] <- is.na(x[[k]])
    rn <- if (.row_names_info(x) > 0L) .dfRowNames(x)
    dimnames(m) <- list(rn, names(x))
    m
}

anyNA.data.frame <- function(x, recursive = FALSE) any(vapply(x, anyNA, NA, USE.NAMES = FALSE))

complete.cases <- function(...) {
    args <- list(...)
    ok <- NULL
    lens <- integer()
    add <- function(r) {
        lens <<- c(lens, length(r))
        ok <<- if (is.null(ok)) r else if (length(ok) == length(r)) ok & r else ok
    }
    for (a in args) {
        if (is.null(a)) next
        if (is.data.frame(a) || is.list(a)) {
            for (c in a) add(if (length(dim(c)) == 2L) rowSums(is.na(c)) == 0L else !is.na(c))
        } else if (is.matrix(a)) {
            add(rowSums(is.na(a)) == 0L)
        } else {
            add(!is.na(a))
        }
    }
    if (is.null(ok)) stop("no input has determined the number of cases")
    if (length(unique(lens)) > 1L) stop("not all arguments have the same length")
    names(ok) <- NULL
    ok
}

na.omit <- function(object, ...) UseMethod("na.omit")

na.omit.default <- function(object, ...) {
    if (!is.atomic(object)) return(object)
    if (length(dim(object)) == 2L) {
        omit <- which(rowSums(is.na(object)) > 0L)
        if (length(omit) == 0L) return(object)
        nm <- rownames(object)
        object <- object[-omit, , drop = FALSE]
    } else {
        omit <- which(is.na(object))
        if (length(omit) == 0L) return(object)
        nm <- names(object)
        object <- object[-omit]
    }
    if (length(omit)) {
        temp <- omit
        if (!is.null(nm)) names(temp) <- nm[omit]
        attr(temp, "class") <- "omit"
        attr(object, "na.action") <- temp
    }
    object
}

na.omit.data.frame <- function(object, ...) {
    n <- length(object)
    omit <- logical(nrow(object))
    vars <- seq_len(n)
    for (j in vars) {
        x <- object[[j]]
        if (!is.atomic(x)) next
        x <- is.na(x)
        d <- dim(x)
        if (is.null(d) || length(d) != 2L) omit <- omit | x
        else for (ii in 1L:d[2L]) omit <- omit | x[, ii]
    }
    xx <- object[!omit, , drop = FALSE]
    if (any(omit > 0L)) {
        temp <- setNames(seq(omit)[omit], .dfRowNames(object)[omit])
        attr(temp, "class") <- "omit"
        attr(xx, "na.action") <- temp
    }
    xx
}

na.action <- function(object, ...) UseMethod("na.action")
na.action.default <- function(object, ...) {
    if (is.list(object) && "na.action" %in% names(object)) object[["na.action"]]
    else attr(object, "na.action")
}

# ---------------------------------------------------------------- column summaries

Summary.data.frame <- function(..., na.rm) {
    args <- list(...)
    args <- lapply(args, function(x) {
        x <- as.matrix(x)
        if (!is.numeric(x) && !is.logical(x) && !is.complex(x))
            stop("only defined on a data frame with all numeric-alike variables")
        x
    })
    do.call(.Generic, c(args, na.rm = na.rm))
}

Math.data.frame <- function(x, ...) {
    mode.ok <- vapply(x, function(x) is.numeric(x) || is.logical(x) || is.complex(x), NA)
    if (all(mode.ok)) {
        x[] <- lapply(X = x, FUN = .Generic, ...)
        return(x)
    } else {
        vnames <- names(x)
        if (is.null(vnames)) vnames <- seq_along(x)
        stop("non-numeric-alike variable(s) in data frame: ",
             paste(vnames[!mode.ok], collapse = ", "))
    }
}

Ops.data.frame <- function(e1, e2 = NULL) {
    unary <- nargs() == 1L
    FUN <- get(.Generic, envir = parent.frame(), mode = "function")
    isdf1 <- is.data.frame(e1)
    ref <- if (isdf1) e1 else e2
    nr <- .row_names_info(ref, 2L)
    rn <- attr(ref, "row.names")
    cols <- vector("list", length(ref))
    if (unary) {
        for (k in seq_along(ref)) cols[[k]] <- FUN(ref[[k]])
    } else {
        other <- if (isdf1) e2 else e1
        if (is.data.frame(other) && (.row_names_info(other, 2L) != nr || length(other) != length(ref)))
            stop(gettextf("%s only defined for equally-sized data frames", sQuote(.Generic)), domain = NA)
        for (k in seq_along(ref)) {
            o <- if (is.data.frame(other) || is.list(other)) other[[k]]
                 else if (length(other) == nr || length(other) == 1L) other
                 else rep_len(other, length(ref) * nr)[(k - 1L) * nr + seq_len(nr)]
            cols[[k]] <- if (isdf1) FUN(ref[[k]], o) else FUN(o, ref[[k]])
        }
    }
    names(cols) <- names(ref)
    if (.Generic %in% c("+", "-", "*", "^", "%%", "%/%", "/")) {
        .dfMake(cols, rn)
    } else {
        m <- matrix(unlist(cols, use.names = FALSE), nrow = nr)
        dimnames(m) <- list(if (.row_names_info(ref) > 0L) .dfRowNames(ref), names(ref))
        m
    }
}

# ---------------------------------------------------------------- aggregate

aggregate <- function(x, ...) UseMethod("aggregate")

aggregate.default <- function(x, ...) {
    if (is.atomic(x) && is.null(dim(x))) x <- .dfMake(list(x = x), NULL)
    aggregate.data.frame(as.data.frame(x), ...)
}

aggregate.data.frame <- function(x, by, FUN, ..., simplify = TRUE, drop = TRUE) {
    if (!is.data.frame(x)) x <- as.data.frame(x)
    FUN <- match.fun(FUN)
    if (NROW(x) == 0L) stop("no rows to aggregate")
    if (NCOL(x) == 0L) {
        x <- data.frame(x = rep(1, NROW(x)))
        return(aggregate.data.frame(x, by, function(x) 0L)[seq_along(by)])
    }
    if (!is.list(by)) stop("'by' must be a list")
    if (is.null(names(by)) && length(by)) names(by) <- paste0("Group.", seq_along(by))
    else {
        nam <- names(by)
        ind <- which(!nzchar(nam))
        names(by)[ind] <- paste0("Group.", ind)
    }
    if (any(lengths(by) != NROW(x))) stop("arguments must have same length")
    # group key per row; rows with an NA group are dropped
    keep <- rep_len(TRUE, NROW(x))
    for (g in by) keep <- keep & !is.na(g)
    groups <- lapply(by, function(g) {
        if (is.factor(g)) g else factor(g)
    })
    codes <- lapply(groups, function(g) as.integer(g))
    nlev <- vapply(groups, nlevels, 1L)
    # combined code: first grouping varies fastest, as GNU R orders the result
    combined <- rep_len(0, NROW(x))
    mult <- 1
    for (k in seq_along(codes)) {
        combined <- combined + (codes[[k]] - 1) * mult
        mult <- mult * nlev[k]
    }
    combined[!keep] <- NA
    ucodes <- sort(unique(combined[keep]))
    grp <- match(combined, ucodes)
    out <- vector("list", length(by))
    first <- match(seq_along(ucodes), grp)
    for (k in seq_along(by)) {
        g <- by[[k]]
        v <- g[first]
        if (is.factor(g)) v <- factor(as.character(v), levels = levels(g)[levels(g) %in% as.character(v)])
        out[[k]] <- v
    }
    names(out) <- names(by)
    res <- .dfMake(out, NULL)
    for (v in names(x)) {
        col <- x[[v]]
        parts <- split(col[keep], factor(grp[keep], levels = seq_along(ucodes)))
        vals <- lapply(parts, FUN, ...)
        lens <- lengths(vals)
        if (simplify && all(lens == 1L)) {
            vals <- unlist(vals, use.names = FALSE)
        } else if (simplify && length(unique(lens)) == 1L) {
            vals <- do.call(rbind, vals)
            rownames(vals) <- NULL
        } else {
            names(vals) <- NULL
        }
        res[[v]] <- vals
    }
    res
}

aggregate.formula <- function(x, data, FUN, ..., subset, na.action = na.omit) {
    formula <- x
    if (missing(formula) || !inherits(formula, "formula")) stop("'formula' missing or incorrect")
    if (length(formula) != 3L) stop("'formula' must have both left and right hand sides")
    lhs <- formula[[2L]]
    rhs <- formula[[3L]]
    rhsvars <- all.vars(rhs)
    env <- environment(formula)
    if (!missing(subset)) {
        keep <- eval(substitute(subset), data, env)
        data <- data[keep & !is.na(keep), , drop = FALSE]
    }
    if (identical(rhs, quote(.))) {
        lhsvars <- all.vars(lhs)
        rhsvars <- setdiff(names(data), lhsvars)
    }
    if (identical(lhs, quote(.))) {
        lhsvals <- data[setdiff(names(data), rhsvars)]
    } else if (is.call(lhs) && identical(lhs[[1L]], quote(cbind))) {
        vals <- lapply(as.list(lhs)[-1L], function(e) eval(e, data, env))
        nms <- vapply(as.list(lhs)[-1L], function(e) deparse(e), "")
        given <- names(as.list(lhs)[-1L])
        if (!is.null(given)) nms[nzchar(given)] <- given[nzchar(given)]  # cbind(a, w = b) names w
        names(vals) <- nms
        lhsvals <- .dfMake(vals, NULL)
    } else {
        lhsvals <- .dfMake(setNames(list(eval(lhs, data, env)), deparse(lhs)), NULL)
    }
    by <- lapply(rhsvars, function(v) eval(as.name(v), data, env))
    names(by) <- rhsvars
    ok <- complete.cases(lhsvals, by)
    if (!all(ok)) {
        lhsvals <- lhsvals[ok, , drop = FALSE]
        by <- lapply(by, function(b) b[ok])
    }
    aggregate.data.frame(lhsvals, by, FUN, ...)
}

# ---------------------------------------------------------------- reshaping helpers

stack <- function(x, ...) UseMethod("stack")

stack.default <- function(x, drop = FALSE, ...) {
    x <- as.list(x)
    keep <- vapply(x, is.vector, NA)
    if (!sum(keep)) stop("at least one vector element is required")
    if (!all(keep)) warning("non-vector elements will be ignored")
    x <- x[keep]
    ind <- rep(factor(names(x), unique(names(x))), lengths(x))
    if (drop) ind <- droplevels(ind)
    data.frame(values = unlist(unname(x)), ind, stringsAsFactors = FALSE)
}

stack.data.frame <- function(x, select, drop = FALSE, ...) {
    if (!missing(select)) {
        nl <- as.list(seq_along(x))
        names(nl) <- names(x)
        vars <- eval(substitute(select), nl, parent.frame())
        x <- x[, vars, drop = FALSE]
    }
    keep <- vapply(x, is.vector, NA)
    if (!sum(keep)) stop("no vector columns were selected")
    if (!all(keep)) warning("non-vector columns will be ignored")
    x <- x[, keep, drop = FALSE]
    ind <- rep(factor(names(x), unique(names(x))), each = nrow(x))
    if (drop) ind <- droplevels(ind)
    data.frame(values = unlist(unname(x)), ind, stringsAsFactors = FALSE)
}

unstack <- function(x, ...) UseMethod("unstack")

unstack.data.frame <- function(x, form, ...) {
    values <- x[[1L]]
    ind <- x[[2L]]
    res <- split(values, ind)
    if (length(res) >= 2L && length(unique(lengths(res))) == 1L) data.frame(res)
    else res
}

modifyList <- function(x, val, keep.null = FALSE) {
    stopifnot(is.list(x), is.list(val))
    xnames <- names(x)
    vnames <- names(val)
    vnames <- vnames[nzchar(vnames)]
    if (keep.null) {
        knull <- vapply(val, is.null, NA)
        if (any(knull)) {
            nullNames <- names(knull)[knull]
            val <- val[!knull]
            vnames <- setdiff(vnames, nullNames)
        } else nullNames <- character()
    }
    for (v in vnames) {
        x[[v]] <- if (v %in% xnames && is.list(x[[v]]) && is.list(val[[v]]))
                      modifyList(x[[v]], val[[v]], keep.null = keep.null)
                  else val[[v]]
    }
    if (keep.null) for (v in nullNames) x[v] <- list(NULL)
    x
}

setNames <- function(object = nm, nm) {
    names(object) <- nm
    object
}

# ---------------------------------------------------------------- apply helpers on frames

by <- function(data, INDICES, FUN, ..., simplify = TRUE) UseMethod("by")

by.data.frame <- function(data, INDICES, FUN, ..., simplify = TRUE) {
    if (!is.list(INDICES)) {
        IND <- list(INDICES)
        names(IND) <- deparse(substitute(INDICES))[1L]
    } else IND <- INDICES
    FUNx <- function(x) FUN(data[x, , drop = FALSE], ...)
    nd <- nrow(data)
    structure(eval(substitute(tapply(seq_len(nd), IND, FUNx, simplify = simplify)), data),
              call = match.call(), class = "by")
}

by.default <- function(data, INDICES, FUN, ..., simplify = TRUE) {
    if (length(dim(data)) == 2L) {
        data <- as.data.frame(data)
        return(eval(substitute(by.data.frame(data, INDICES, FUN, ..., simplify = simplify)), parent.frame()))
    }
    if (!is.list(INDICES)) {
        IND <- list(INDICES)
        names(IND) <- deparse(substitute(INDICES))[1L]
    } else IND <- INDICES
    FUNx <- function(x) FUN(data[x], ...)
    structure(tapply(seq_along(data), IND, FUNx, simplify = simplify), call = match.call(), class = "by")
}

# Each group's result under a header naming its level of every grouping, separated by a rule.
print.by <- function(x, ..., vsep) {
    if (missing(vsep)) vsep <- strrep("-", 0.75 * getOption("width"))
    d <- dim(x)
    dn <- dimnames(x)
    dnn <- names(dn)
    if (is.null(dnn)) dnn <- character(length(dn))
    xs <- unclass(x)
    for (i in seq_along(xs)) {
        if (i != 1L && !is.null(vsep)) cat(vsep, "\n")
        ii <- i - 1L
        for (j in seq_along(dn)) {
            iii <- ii %% d[j] + 1L
            ii <- ii %/% d[j]
            cat(dnn[j], ": ", dn[[j]][iii], "\n", sep = "")
        }
        print(xs[[i]], ...)
    }
    invisible(x)
}

droplevels.data.frame <- function(x, except = NULL, exclude, ...) {
    ix <- vapply(x, is.factor, NA)
    if (!is.null(except)) ix[except] <- FALSE
    x[ix] <- lapply(x[ix], droplevels)
    x
}

# ---------------------------------------------------------------- summary

summary.data.frame <- function(object, maxsum = 7L, digits, ...) {
    ncw <- function(x) nchar(x, type = "w")
    z <- lapply(as.list(object), function(col) {
        if (is.factor(col)) .dfSummaryFactor(col, maxsum) else summary(col)
    })
    nv <- length(object)
    nm <- names(object)
    lw <- numeric(nv)
    nr <- max(vapply(z, function(s) if (is.matrix(s)) nrow(s) else length(s) + length(attr(s, "NAs")), 1L))
    cells <- vector("list", nv)
    for (i in seq_len(nv)) {
        sms <- z[[i]]
        col <- object[[i]]
        if (inherits(sms, "summaryDefault") && !is.character(unclass(sms))) {
            vals <- format.summaryDefault(sms, digits = if (missing(digits)) 4L else digits)
            # a Date summary keeps its NA count aside; the formatted values carry it as "NA's"
            lab <- format(if (!is.null(names(vals))) names(vals) else names(sms))
            cells[[i]] <- paste0(lab, ":", vals, "  ")
        } else {
            vals <- if (is.character(unclass(sms))) format(as.vector(unclass(sms))) else format(as.vector(sms))
            lab <- format(names(sms))
            cells[[i]] <- paste0(lab, ":", vals, "  ")
        }
        lw[i] <- ncw(lab[1L])
        length(cells[[i]]) <- nr
    }
    z <- unlist(cells, use.names = FALSE)
    dim(z) <- c(nr, nv)
    pad <- floor(lw - ncw(nm) / 2)
    nm <- paste0(vapply(pad, function(p) strrep(" ", max(p, 0)), ""), nm)
    dimnames(z) <- list(rep.int("", nr), nm)
    attr(z, "class") <- "table"
    z
}

# A factor column's counts for summary.data.frame: at most maxsum entries, the least frequent
# levels pooled as "(Other)" (the NA count takes one of the entries); pooling happens once,
# in summary.factor, so levels beyond its default maxsum are not pooled twice.
.dfSummaryFactor <- function(col, maxsum) summary.factor(col, maxsum = maxsum)

# Small base and utils functions that scripts reach for and GNU R writes in R:
# replicate, replace, hasName, drop, gl, sequence, relevel, reorder, combn, list2DF,
# strwrap.

replicate <- function(n, expr, simplify = "array") {
    once <- eval.parent(substitute(function(...) expr))
    sapply(integer(n), once, simplify = simplify)
}

replace <- function(x, list, values) {
    x[list] <- values
    x
}

hasName <- function(x, name) match(name, names(x), nomatch = 0L) > 0L

# Extents of length one go; a result with at most one extent left is a plain vector named
# by that extent (or, when every extent was one, by the only dimnames component given).
drop <- function(x) {
    d <- dim(x)
    if (is.null(d) || all(d != 1L)) return(x)
    dn <- dimnames(x)
    keep <- d != 1L
    if (sum(keep) > 1L) {
        kept <- if (!is.null(dn)) dn[keep]
        dim(x) <- d[keep]
        if (!is.null(kept) && !all(vapply(kept, is.null, NA))) dimnames(x) <- kept
        return(x)
    }
    nm <- NULL
    if (!is.null(dn)) {
        given <- !vapply(dn, is.null, NA)
        if (any(keep)) nm <- dn[[which(keep)]]
        else if (sum(given) == 1L) nm <- dn[[which(given)]]
    }
    dim(x) <- NULL
    if (!is.null(nm)) names(x) <- nm
    x
}

gl <- function(n, k, length = n * k, labels = seq_len(n), ordered = FALSE) {
    codes <- rep_len(rep(seq_len(n), each = k), length)
    factor(codes, levels = seq_len(n), labels = labels, ordered = ordered)
}

sequence <- function(nvec, ...) UseMethod("sequence")
sequence.default <- function(nvec, from = 1L, by = 1L, ...) {
    n <- length(nvec)
    if (n == 0L) return(integer())
    from <- rep_len(as.integer(from), n)
    by <- rep_len(as.integer(by), n)
    nvec <- as.integer(nvec)
    unlist(lapply(seq_len(n), function(i) from[i] + by[i] * (seq_len(nvec[i]) - 1L)))
}

relevel <- function(x, ref, ...) UseMethod("relevel")
relevel.default <- function(x, ref, ...) stop("'relevel' only for (unordered) factors")
relevel.ordered <- function(x, ref, ...) stop("'relevel' only for unordered factors")
relevel.factor <- function(x, ref, ...) {
    lev <- levels(x)
    if (length(ref) != 1L) stop("'ref' must be of length one")
    if (is.character(ref)) ref <- match(ref, lev)
    if (is.na(ref)) stop("'ref' must be an existing level")
    if (ref < 1L || ref > length(lev)) stop(gettextf("ref = %d must be in 1L:%d", ref, length(lev)), domain = NA)
    factor(x, levels = lev[c(ref, seq_along(lev)[-ref])], exclude = NULL)
}

reorder <- function(x, ...) UseMethod("reorder")
reorder.default <- function(x, X, FUN = mean, ..., order = is.ordered(x), decreasing = FALSE) {
    scores <- tapply(X = X, INDEX = x, FUN = FUN, ...)
    lev <- names(base::sort(scores, na.last = TRUE, decreasing = decreasing))
    ans <- if (order) ordered(x, levels = lev) else factor(x, levels = lev)
    attr(ans, "scores") <- scores
    ans
}

# All m-subsets of x in lexicographic order of positions, each passed to FUN when given.
combn <- function(x, m, FUN = NULL, simplify = TRUE, ...) {
    if (length(m) > 1L) {
        warning(gettextf("arguments 'm' has length > 1 and only the first element will be used"), domain = NA)
        m <- m[1L]
    }
    if (m < 0) stop("m < 0", domain = NA)
    if (is.numeric(x) && length(x) == 1L && x > 0 && trunc(x) == x) x <- seq_len(x)
    n <- length(x)
    if (n < m) stop("n < m", domain = NA)
    m <- as.integer(m)
    count <- as.integer(round(choose(n, m)))
    results <- vector("list", count)
    pos <- seq_len(m)
    for (k in seq_len(count)) {
        pick <- x[pos]
        results[[k]] <- if (is.null(FUN)) pick else FUN(pick, ...)
        if (k < count) {
            i <- m
            while (pos[i] == n - m + i) i <- i - 1L
            pos[i] <- pos[i] + 1L
            if (i < m) pos[(i + 1L):m] <- pos[i] + seq_len(m - i)
        }
    }
    if (!simplify) return(results)
    lens <- lengths(results)
    if (count > 0L && all(lens == 1L)) return(unlist(results))
    if (count > 0L && all(lens == lens[1L])) {
        first <- results[[1L]]
        d <- if (is.null(dim(first))) lens[1L] else dim(first)
        return(array(unlist(results), c(d, count)))
    }
    results
}

list2DF <- function(x = list(), nrow = 0L) {
    stopifnot(is.list(x), is.null(nrow) || nrow >= 0L)
    if (length(x)) {
        lens <- unique(lengths(x))
        if (length(lens) > 1L) stop("all variables should have the same length")
        nrow <- lens
    } else if (is.null(nrow)) nrow <- 0L
    if (is.null(names(x))) names(x) <- character(length(x))
    class(x) <- "data.frame"
    attr(x, "row.names") <- .set_row_names(nrow)
    x
}

# Greedy filling: a line holds words while its display width (prefix and indentation
# included) stays below `width`; a run of spaces after a sentence end (., ? or ! maybe
# followed by ) " or ') keeps a double space; blank lines in the input separate paragraphs,
# which indent and exdent apply to; `initial` prefixes the first line of all.
strwrap <- function(x, width = 0.9 * getOption("width"), indent = 0, exdent = 0,
                    prefix = "", simplify = TRUE, initial = prefix) {
    x <- as.character(x)
    res <- vector("list", length(x))
    initialUsed <- FALSE
    nextPrefix <- function() {
        if (initialUsed) return(prefix)
        initialUsed <<- TRUE
        initial
    }
    for (i in seq_along(x)) {
        out <- character()
        paras <- if (is.na(x[i])) "NA" else strsplit(x[i], "\n[ \t\n]*\n", perl = TRUE)[[1L]]
        if (!length(paras)) paras <- ""
        for (p in seq_along(paras)) {
            if (p > 1L) out <- c(out, prefix)
            words <- strsplit(sub("^[ \t\n]+", "", paras[p]), "[ \t\n]")[[1L]]
            if (length(words) > 1L) {
                afterEnd <- c(FALSE, grepl("[.?!][)\"']*$", words[-length(words)]))
                words <- words[nzchar(words) | afterEnd]
            }
            if (!any(nzchar(words))) {
                out <- c(out, "")
                next
            }
            line <- NULL
            used <- 0L
            pre <- nextPrefix()
            lead <- indent
            for (w in words) {
                ww <- nchar(w, type = "w")
                avail <- width - 1 - nchar(pre, type = "w") - lead
                if (!is.null(line) && used + 1L + ww <= avail) {
                    line <- paste(line, w)
                    used <- used + 1L + ww
                    next
                }
                if (!is.null(line)) {
                    out <- c(out, paste0(pre, strrep(" ", lead), sub(" +$", "", line)))
                    pre <- nextPrefix()
                    lead <- exdent
                    line <- NULL
                }
                if (nzchar(w)) {
                    line <- w
                    used <- ww
                }
            }
            if (!is.null(line)) out <- c(out, paste0(pre, strrep(" ", lead), sub(" +$", "", line)))
        }
        res[[i]] <- out
    }
    if (simplify) as.character(unlist(res)) else res
}

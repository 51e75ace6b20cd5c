# Statistical summaries that GNU R writes in R: quantile, summary.default and its printing,
# fivenum, IQR, mad, weighted.mean, scale, ave, and the front ends of cov/cor/var. The
# numerical kernels are Java builtins (org.rlambda.stats.Quantiles, Covariance, Rowsum).

quantile <- function(x, ...) UseMethod("quantile")

quantile.default <- function(x, probs = seq(0, 1, 0.25), na.rm = FALSE, names = TRUE,
                             type = 7, digits = 7, ...) {
    lev <- NULL
    if (is.factor(x)) {
        if (!is.ordered(x)) stop("(unordered) factors are not allowed")
        if (!(type == 1L || type == 3L)) stop("'type' must be 1 or 3 for ordered factors")
        lev <- levels(x)
        x <- as.integer(x)
    } else if (is.null(x)) {
        x <- numeric()
    }
    if (na.rm) {
        x <- x[!is.na(x)]
    } else if (anyNA(x)) {
        stop("missing values and NaN's not allowed if 'na.rm' is FALSE")
    }
    # probabilities a little outside [0, 1] (rounding) are clamped rather than refused
    eps <- 100 * .Machine$double.eps
    if (any(!is.na(probs) & (probs < -eps | probs > 1 + eps)))
        stop("'probs' outside [0,1]")
    probs <- pmax(0, pmin(1, probs))
    qs <- .quantileCore(x, probs, type)
    if (!is.null(lev))
        qs <- factor(qs, levels = seq_along(lev), labels = lev, ordered = TRUE)
    if (names && length(probs) > 0L) {
        if (!is.numeric(digits) || !all(digits >= 1)) {
            if (!is.numeric(digits)) stop("is.numeric(digits) is not TRUE")
            stop("digits >= 1 is not TRUE")
        }
        names(qs) <- .formatPerc(probs, digits = digits)
    }
    qs
}

# "25%"-style labels: formatC for short vectors, format for long ones (as GNU R's format_perc)
.formatPerc <- function(x, digits = max(2L, getOption("digits")), probability = TRUE,
                        use.fC = length(x) < 100, ...) {
    if (!length(x)) return(character(0))
    if (probability) x <- 100 * x
    lab <- if (use.fC) formatC(x, format = "fg", width = 1, digits = digits)
           else format(x, trim = TRUE, digits = digits, ...)
    lab <- paste0(lab, "%")
    lab[is.na(x)] <- ""
    lab
}

IQR <- function(x, na.rm = FALSE, type = 7)
    diff(quantile(as.numeric(x), c(0.25, 0.75), na.rm = na.rm, names = FALSE, type = type))

fivenum <- function(x, na.rm = TRUE) {
    miss <- is.na(x)
    if (any(miss)) {
        if (!na.rm) return(rep.int(NA, 5))
        x <- x[!miss]
    }
    x <- sort(x)
    n <- length(x)
    if (n == 0) return(rep.int(NA, 5))
    # the hinges sit at depth floor((n + 3) / 2) / 2 from either end
    depth <- floor((n + 3) / 2) / 2
    d <- c(1, depth, (n + 1) / 2, n + 1 - depth, n)
    0.5 * (x[floor(d)] + x[ceiling(d)])
}

mad <- function(x, center = median(x), constant = 1.4826, na.rm = FALSE,
                low = FALSE, high = FALSE) {
    if (na.rm) x <- x[!is.na(x)]
    n <- length(x)
    dev <- abs(x - center)
    if ((low || high) && n %% 2 == 0) {
        if (low && high) stop("'low' and 'high' cannot be both TRUE")
        k <- n %/% 2 + as.integer(high)
        constant * sort(dev)[k]
    } else {
        constant * median(dev)
    }
}

weighted.mean <- function(x, w, ...) UseMethod("weighted.mean")

weighted.mean.default <- function(x, w, ..., na.rm = FALSE) {
    if (missing(w)) {
        if (na.rm) x <- x[!is.na(x)]
        return(sum(x) / length(x))
    }
    if (length(w) != length(x)) stop("'x' and 'w' must have the same length")
    if (na.rm) {
        keep <- !is.na(x)
        w <- w[keep]
        x <- x[keep]
    }
    sum((x * w)[w != 0]) / sum(w)
}

# ------------------------------------------------------------------ cov, cor, var

.naMethods <- c("all.obs", "complete.obs", "pairwise.complete.obs", "everything", "na.or.complete")

cov <- function(x, y = NULL, use = "everything", method = c("pearson", "kendall", "spearman")) {
    na.method <- .pmatchUse(use)
    if (is.na(na.method)) stop("invalid 'use' argument")
    method <- match.arg(method)
    if (is.data.frame(y)) y <- as.matrix(y)
    if (is.data.frame(x)) x <- as.matrix(x)
    if (!is.matrix(x) && is.null(y)) stop("supply both 'x' and 'y' or a matrix-like 'x'")
    if (!(is.numeric(x) || is.logical(x))) stop("is.numeric(x) || is.logical(x) is not TRUE")
    if (!is.atomic(x)) stop("is.atomic(x) is not TRUE")
    if (!is.null(y)) {
        if (!(is.numeric(y) || is.logical(y))) stop("is.numeric(y) || is.logical(y) is not TRUE")
        if (!is.atomic(y)) stop("is.atomic(y) is not TRUE")
    }
    if (method != "pearson" && na.method == 3L) stop("cannot handle 'pairwise.complete.obs'")
    .covCor(x, y, na.method, method, FALSE)
}

cor <- function(x, y = NULL, use = "everything", method = c("pearson", "kendall", "spearman")) {
    na.method <- .pmatchUse(use)
    if (is.na(na.method)) stop("invalid 'use' argument")
    method <- match.arg(method)
    if (is.data.frame(y)) y <- as.matrix(y)
    if (is.data.frame(x)) x <- as.matrix(x)
    if (!is.matrix(x) && is.null(y)) stop("supply both 'x' and 'y' or a matrix-like 'x'")
    if (!(is.numeric(x) || is.logical(x))) stop("'x' must be numeric")
    if (!is.atomic(x)) stop("is.atomic(x) is not TRUE")
    if (!is.null(y)) {
        if (!(is.numeric(y) || is.logical(y))) stop("'y' must be numeric")
        if (!is.atomic(y)) stop("is.atomic(y) is not TRUE")
    }
    .covCor(x, y, na.method, method, TRUE)
}

var <- function(x, y = NULL, na.rm = FALSE, use) {
    if (missing(use)) use <- if (na.rm) "na.or.complete" else "everything"
    na.method <- .pmatchUse(use)
    if (is.na(na.method)) stop("invalid 'use' argument")
    if (is.data.frame(x)) x <- as.matrix(x)
    else if (!is.atomic(x)) stop("is.atomic(x) is not TRUE")
    if (is.data.frame(y)) y <- as.matrix(y)
    else if (!is.atomic(y)) stop("is.atomic(y) is not TRUE")
    .covCor(x, y, na.method, "pearson", FALSE)
}

sd <- function(x, na.rm = FALSE)
    sqrt(var(if (is.vector(x) || is.factor(x)) x else as.double(x), na.rm = na.rm))

cov2cor <- function(V) {
    d <- dim(V)
    if (!is.numeric(V) || length(d) != 2L || d[1L] != d[2L])
        stop("'V' is not a square numeric matrix")
    inv <- sqrt(1 / diag(V))
    if (any(!is.finite(inv)))
        warning("diag(.) had 0 or NA entries; non-finite result is doubtful")
    k <- d[1L]
    out <- V
    # the row factor times the entry, then the column factor: GNU R's order of products
    out[] <- inv * V * rep(inv, each = k)
    for (i in seq_len(k)) out[i, i] <- 1
    out
}

# ------------------------------------------------------------------ summary

summary.default <- function(object, ..., digits, quantile.type = 7) {
    if (is.factor(object)) return(summary.factor(object, ...))
    if (is.matrix(object)) {
        if (missing(digits)) return(summary.matrix(object, quantile.type = quantile.type, ...))
        return(summary.matrix(object, digits = digits, quantile.type = quantile.type, ...))
    }
    value <- if (is.logical(object)) {
        counts <- table(object, exclude = NULL, useNA = "ifany")
        lab <- names(counts)
        lab[is.na(lab)] <- "NA's"
        v <- c("logical", as.character(as.vector(counts)))
        names(v) <- c("Mode", lab)
        v
    } else if (is.numeric(object)) {
        miss <- is.na(object)
        object <- object[!miss]
        q <- quantile(object, names = FALSE, type = quantile.type)
        q <- c(q[1L:3L], mean(object), q[4L:5L])
        if (!missing(digits)) q <- signif(q, digits)
        names(q) <- c("Min.", "1st Qu.", "Median", "Mean", "3rd Qu.", "Max.")
        if (any(miss)) c(q, "NA's" = sum(miss)) else q
    } else if (.isRecursive(object) && !is.language(object) && (n <- length(object))) {
        tab <- array("", c(n, 3L), list(names(object), c("Length", "Class", "Mode")))
        lens <- numeric(n)
        for (i in 1L:n) {
            el <- object[[i]]
            lens[i] <- length(el)
            cl <- oldClass(el)
            tab[i, 2L] <- if (length(cl)) cl[1L] else "-none-"
            tab[i, 3L] <- mode(el)
        }
        tab[, 1L] <- format(as.integer(lens))
        tab
    } else {
        c(Length = length(object), Class = class(object), Mode = mode(object))
    }
    class(value) <- c("summaryDefault", "table")
    value
}

# is.recursive(): lists, functions, environments and language objects
.isRecursive <- function(x)
    typeof(x) %in% c("list", "pairlist", "closure", "builtin", "special", "environment",
                     "language", "expression", "externalptr", "promise", "...")

summary.matrix <- function(object, ...) summary.data.frame(as.data.frame.matrix(object), ...)

format.summaryDefault <- function(x, digits = max(3L, getOption("digits") - 3L), ...) {
    xx <- .zapFinite(x)
    class(xx) <- class(x)[-1]
    m <- match("NA's", names(x), 0)
    if (inherits(x, "Date") || inherits(x, "POSIXct")) {
        if (length(a <- attr(x, "NAs")))
            c(format(xx, digits = digits, ...), "NA's" = as.character(a))
        else format(xx, digits = digits)
    } else if (m && !is.character(x)) {
        # the value of an assignment, so invisible (as in GNU R)
        xx <- c(format(xx[-m], digits = digits, ...), "NA's" = as.character(xx[m]))
    } else {
        format(xx, digits = digits, ...)
    }
}

print.summaryDefault <- function(x, digits = max(3L, getOption("digits") - 3L), quote = FALSE, ...) {
    xx <- .zapFinite(x)
    class(xx) <- class(x)[-1]
    m <- match("NA's", names(xx), 0)
    if (inherits(x, "Date") || inherits(x, "POSIXct")) {
        xx <- if (length(a <- attr(x, "NAs")))
                  c(format(xx, digits = digits), "NA's" = as.character(a))
              else format(xx, digits = digits)
        print(xx, digits = digits, ...)
        return(invisible(x))
    }
    if (m && !is.character(x))
        xx <- c(format(xx[-m], digits = digits), "NA's" = as.character(xx[m]))
    print.table(xx, digits = digits, ...)
    invisible(x)
}

# the finite numbers of a summary, with values negligible next to the largest set to zero
.zapFinite <- function(x) {
    if (is.numeric(x) || is.complex(x)) {
        finite <- is.finite(x)
        x[finite] <- zapsmall(x[finite])
    }
    x
}

zapsmall <- function(x, digits = getOption("digits")) {
    if (length(digits) == 0L) stop("invalid 'digits'")
    if (all(ina <- is.na(x))) return(x)
    mx <- max(abs(x[!ina]))
    round(x, digits = if (mx > 0) max(0L, digits - as.numeric(log10(mx))) else digits)
}

# ------------------------------------------------------------------ scale, ave

scale <- function(x, center = TRUE, scale = TRUE) UseMethod("scale")

scale.default <- function(x, center = TRUE, scale = TRUE) {
    x <- as.matrix(x)
    nc <- ncol(x)
    if (is.logical(center)) {
        if (center) {
            center <- colMeans(x, na.rm = TRUE)
            x <- .sweepColumns(x, center, `-`)
        }
    } else {
        if (!is.numeric(center)) center <- as.numeric(center)
        if (length(center) != nc) stop("length of 'center' must equal the number of columns of 'x'")
        x <- .sweepColumns(x, center, `-`)
    }
    if (is.logical(scale)) {
        if (scale) {
            scale <- .columnRootMeanSquares(x)
            x <- .sweepColumns(x, scale, `/`)
        }
    } else {
        if (!is.numeric(scale)) scale <- as.numeric(scale)
        if (length(scale) != nc) stop("length of 'scale' must equal the number of columns of 'x'")
        x <- .sweepColumns(x, scale, `/`)
    }
    if (is.numeric(center)) attr(x, "scaled:center") <- center
    if (is.numeric(scale)) attr(x, "scaled:scale") <- scale
    x
}

# x[, j] op v[j] for every column j, keeping x's attributes
.sweepColumns <- function(x, v, op) {
    d <- dim(x)
    x[] <- op(as.vector(x), rep(v, each = d[1L]))
    x
}

# sqrt(sum(v^2) / max(1, n - 1)) over each column's non-missing values
.columnRootMeanSquares <- function(x) {
    d <- dim(x)
    r <- numeric(d[2L])
    for (j in seq_len(d[2L])) {
        v <- x[, j]
        v <- v[!is.na(v)]
        r[j] <- sqrt(sum(v^2) / max(1, length(v) - 1L))
    }
    names(r) <- colnames(x)
    r
}

ave <- function(x, ..., FUN = mean) {
    if (missing(...)) {
        x[] <- FUN(x)
    } else {
        g <- interaction(...)
        split(x, g) <- lapply(split(x, g), FUN)
    }
    x
}

# ------------------------------------------------------------------ rowsum

rowsum <- function(x, group, reorder = TRUE, ...) UseMethod("rowsum")

rowsum.default <- function(x, group, reorder = TRUE, na.rm = FALSE, ...) {
    if (!is.numeric(x)) stop("'x' must be numeric")
    if (length(group) != NROW(x)) stop("incorrect length for 'group'")
    if (anyNA(group)) warning("missing values for 'group'")
    groups <- unique(group)
    if (reorder) groups <- sort(groups, na.last = TRUE, method = "quick")
    .rowsum(x, group, groups, na.rm, as.character(groups))
}

rowsum.data.frame <- function(x, group, reorder = TRUE, na.rm = FALSE, ...) {
    if (!is.data.frame(x)) stop("not a data frame")
    if (length(group) != NROW(x)) stop("incorrect length for 'group'")
    if (anyNA(group)) warning("missing values for 'group'")
    groups <- unique(group)
    if (reorder) groups <- sort(groups, na.last = TRUE, method = "quick")
    for (col in x) if (!is.numeric(col)) stop("non-numeric data frame in rowsum")
    labels <- as.character(groups)
    sums <- lapply(x, function(col) as.vector(.rowsum(col, group, groups, na.rm, labels)))
    structure(sums, names = names(x), row.names = labels, class = "data.frame")
}

# Contingency table from a formula: counts for `~ a + b`, sums of the response for `y ~ a + b`.
xtabs <- function(formula = ~., data = parent.frame(), subset, sparse = FALSE, na.action,
                  addNA = FALSE, exclude = if (!addNA) c(NA, NaN), drop.unused.levels = FALSE) {
    if (!inherits(formula, "formula")) stop("'formula' missing or incorrect")
    env <- environment(formula)
    two <- length(formula) == 3L
    rhs <- formula[[if (two) 3L else 2L]]
    terms <- list()
    collect <- function(e) {
        if (is.call(e) && identical(e[[1L]], as.name("+"))) {
            collect(e[[2L]])
            collect(e[[3L]])
        } else terms[[length(terms) + 1L]] <<- e
    }
    collect(rhs)
    if (length(terms) == 1L && identical(terms[[1L]], as.name("."))) {
        used <- if (two) all.vars(formula[[2L]]) else character()
        terms <- lapply(setdiff(names(data), used), as.name)
    }
    by <- lapply(terms, function(e) eval(e, data, env))
    names(by) <- vapply(terms, function(e) paste(deparse(e), collapse = ""), "")
    by <- lapply(by, function(u) {
        if (!is.factor(u)) factor(u, exclude = exclude)
        else if (drop.unused.levels) factor(u)
        else u
    })
    if (!two) {
        tbl <- table(by, dnn = names(by))
    } else {
        y <- eval(formula[[2L]], data, env)
        codes <- lapply(by, as.integer)
        dims <- vapply(by, nlevels, 1L)
        tbl <- array(0, dim = dims, dimnames = lapply(by, levels))
        ok <- !is.na(y) & Reduce(`&`, lapply(codes, function(k) !is.na(k)))
        cell <- 1L + Reduce(`+`, Map(function(k, m) (k - 1L) * m, codes, cumprod(c(1L, dims))[seq_along(dims)]))
        sums <- tapply(y[ok], factor(cell[ok], levels = seq_len(prod(dims))), sum)
        tbl[] <- ifelse(is.na(sums), 0, sums)
        names(dimnames(tbl)) <- names(by)
    }
    attr(tbl, "call") <- match.call()
    class(tbl) <- c("xtabs", "table")
    tbl
}

print.xtabs <- function(x, na.print = "", ...) {
    shown <- x
    attr(shown, "call") <- NULL
    print.table(shown, na.print = na.print, ...)
    invisible(x)
}

# grDevices::boxplot.stats: the five hinges (whiskers pulled in to the most extreme values that are
# not outliers), the number of values, a notch interval and the outliers beyond coef * IQR.
boxplot.stats <- function(x, coef = 1.5, do.conf = TRUE, do.out = TRUE) {
    if (coef < 0) stop("'coef' must not be negative")
    present <- !is.na(x)
    n <- sum(present)
    stats <- fivenum(x, na.rm = TRUE)
    iqr <- diff(stats[c(2L, 4L)])
    if (coef == 0) {
        do.out <- FALSE
    } else {
        out <- if (!is.na(iqr)) x < (stats[2L] - coef * iqr) | x > (stats[4L] + coef * iqr)
               else !is.finite(x)
        if (any(out[present], na.rm = TRUE)) stats[c(1L, 5L)] <- range(x[!out], na.rm = TRUE)
    }
    conf <- if (do.conf) stats[3L] + c(-1.58, 1.58) * iqr / sqrt(n)
    list(stats = stats, n = n, conf = conf, out = if (do.out) x[out & present] else numeric())
}

# Flat contingency tables and table summaries (GNU R's stats ftable.R and base's
# summary.table are the specification).

ftable <- function(x, ...) UseMethod("ftable")

ftable.default <- function(..., exclude = c(NA, NaN), row.vars = NULL, col.vars = NULL) {
    args <- list(...)
    if (length(args) == 0L) stop("nothing to tabulate")
    x <- args[[1L]]
    if (is.list(x)) x <- table(x, exclude = exclude)
    else if (inherits(x, "ftable") || (is.array(x) && length(dim(x)) > 1L)) x <- as.table(x)
    else x <- table(..., exclude = exclude)
    dn <- dimnames(x)
    dx <- dim(x)
    n <- length(dx)
    # variables named or numbered
    which.vars <- function(v, what) {
        if (is.character(v)) {
            i <- pmatch(v, names(dn))
            if (anyNA(i)) stop(gettextf("incorrect specification for '%s'", what), domain = NA)
            i
        } else {
            if (any((v < 1) | (v > n))) stop(gettextf("incorrect specification for '%s'", what), domain = NA)
            v
        }
    }
    if (!is.null(row.vars)) row.vars <- which.vars(row.vars, "row.vars")
    if (!is.null(col.vars)) col.vars <- which.vars(col.vars, "col.vars")
    i <- 1:n
    if (!is.null(row.vars) && !is.null(col.vars)) {
        all.vars <- sort(c(row.vars, col.vars))
        if ((p <- length(all.vars)) < n) {
            x <- if (p) apply(x, all.vars, sum) else sum(x)
            row.vars <- match(row.vars, all.vars)
            col.vars <- match(col.vars, all.vars)
            dn <- dn[all.vars]
            dx <- dx[all.vars]
        }
    } else if (!is.null(row.vars)) col.vars <- if (length(row.vars)) i[-row.vars] else i
    else if (!is.null(col.vars)) row.vars <- if (length(col.vars)) i[-col.vars] else i
    else {
        row.vars <- seq_len(n - 1)
        col.vars <- n
    }
    if (length(perm <- c(rev(row.vars), rev(col.vars))) > 1) x <- aperm(x, perm)
    dim(x) <- c(prod(dx[row.vars]), prod(dx[col.vars]))
    attr(x, "row.vars") <- dn[row.vars]
    attr(x, "col.vars") <- dn[col.vars]
    class(x) <- "ftable"
    x
}

ftable.formula <- function(formula, data = NULL, subset, na.action, ...) {
    if (missing(formula) || !inherits(formula, "formula")) stop("'formula' missing or incorrect")
    if (length(formula) != 3L) stop("'formula' must have both left and right hand sides")
    tt <- if (is.data.frame(data)) terms(formula, data = data) else terms(formula, allowDotAsName = TRUE)
    if (any(attr(tt, "order") > 1)) stop("interactions are not allowed")
    rvars <- attr(terms(formula[-2L], allowDotAsName = TRUE), "term.labels")
    cvars <- attr(terms(formula[-3L], allowDotAsName = TRUE), "term.labels")
    rhs.has.dot <- any(rvars == ".")
    lhs.has.dot <- any(cvars == ".")
    if (lhs.has.dot && rhs.has.dot) stop("'formula' has '.' in both left and right hand sides")
    m <- match.call(expand.dots = FALSE)
    edata <- eval(m$data, parent.frame())
    if (inherits(edata, "ftable") || inherits(edata, "table") || length(dim(edata)) > 2L) {
        if (inherits(edata, "ftable")) data <- as.table(data)
        varnames <- names(dimnames(data))
        if (rhs.has.dot) rvars <- NULL
        else {
            i <- pmatch(rvars, varnames)
            if (anyNA(i)) stop("incorrect variable names in rhs of formula")
            rvars <- i
        }
        if (lhs.has.dot) cvars <- NULL
        else {
            i <- pmatch(cvars, varnames)
            if (anyNA(i)) stop("incorrect variable names in lhs of formula")
            cvars <- i
        }
        ftable(data, row.vars = rvars, col.vars = cvars)
    } else {
        if (is.matrix(edata)) m$data <- as.data.frame(data)
        m$... <- NULL
        if (lhs.has.dot || rhs.has.dot) {
            varnames <- names(edata)
            if (rhs.has.dot) rvars <- setdiff(varnames, cvars)
            if (lhs.has.dot) cvars <- setdiff(varnames, rvars)
        }
        m$formula <- as.formula(paste("~", paste(c(rvars, cvars), collapse = "+")), env = environment(formula))
        m[[1L]] <- quote(model.frame)
        mf <- eval(m, parent.frame())
        ftable(mf, row.vars = rvars, col.vars = cvars, ...)
    }
}

as.table.ftable <- function(x, ...) {
    if (!inherits(x, "ftable")) stop("'x' must be an \"ftable\" object")
    xrv <- rev(attr(x, "row.vars"))
    xcv <- rev(attr(x, "col.vars"))
    x <- array(data = c(x), dim = c(lengths(xrv), lengths(xcv)), dimnames = c(xrv, xcv))
    nrv <- length(xrv)
    ncv <- length(xcv)
    x <- aperm(x, c(rev(seq_len(nrv)), rev(seq_len(ncv) + nrv)))
    class(x) <- "table"
    x
}

format.ftable <- function(x, quote = TRUE, digits = getOption("digits"),
                          method = c("non.compact", "row.compact", "col.compact", "compact"),
                          lsep = " | ", justify = c("left", "right"), ...) {
    if (!inherits(x, "ftable")) stop("'x' must be an \"ftable\" object")
    charQuote <- function(s) if (quote && length(s)) paste0("\"", s, "\"") else s
    # the label block of nested variables: each level once, then blanks for the inner rows
    makeLabels <- function(lst) {
        lens <- lengths(lst)
        cplensU <- c(1, cumprod(lens))
        cplensD <- rev(c(1, cumprod(rev(lens))))
        y <- NULL
        for (i in rev(seq_along(lst))) {
            ind <- 1 + seq.int(from = 0, to = lens[i] - 1) * cplensD[i + 1L]
            tmp <- character(length = cplensD[i])
            tmp[ind] <- charQuote(lst[[i]])
            y <- cbind(rep(tmp, times = cplensU[i]), y)
        }
        y
    }
    makeNames <- function(x) {
        nm <- names(x)
        if (is.null(nm)) rep_len("", length(x)) else nm
    }
    l.xrv <- length(xrv <- attr(x, "row.vars"))
    l.xcv <- length(xcv <- attr(x, "col.vars"))
    method <- match.arg(method)
    if (l.xrv == 0) {
        if (method == "col.compact") method <- "non.compact"
        else if (method == "compact") method <- "row.compact"
    }
    if (l.xcv == 0) {
        if (method == "row.compact") method <- "non.compact"
        else if (method == "compact") method <- "col.compact"
    }
    LABS <- switch(method,
        non.compact = cbind(rbind(matrix("", nrow = length(xcv), ncol = length(xrv)), charQuote(makeNames(xrv)),
                                  makeLabels(xrv)),
                            c(charQuote(makeNames(xcv)), rep("", times = nrow(x) + 1))),
        row.compact = cbind(rbind(matrix("", nrow = length(xcv) - 1, ncol = length(xrv)), charQuote(makeNames(xrv)),
                                  makeLabels(xrv)),
                            c(charQuote(makeNames(xcv)), rep("", times = nrow(x)))),
        col.compact = cbind(rbind(cbind(matrix("", nrow = length(xcv), ncol = length(xrv) - 1),
                                        charQuote(makeNames(xcv))),
                                  charQuote(makeNames(xrv)), makeLabels(xrv))),
        compact = {
            xrv.nms <- makeNames(xrv)
            xcv.nms <- makeNames(xcv)
            mat <- cbind(rbind(cbind(matrix("", nrow = l.xcv - 1, ncol = l.xrv - 1),
                                     charQuote(makeNames(xcv[-l.xcv]))),
                               charQuote(xrv.nms), makeLabels(xrv)))
            mat[l.xcv, l.xrv] <- paste(tail(xrv.nms, 1), tail(xcv.nms, 1), sep = lsep)
            mat
        })
    DATA <- rbind(if (length(xcv)) t(makeLabels(xcv)),
                  if (method %in% c("non.compact", "col.compact")) rep("", times = ncol(x)),
                  format(unclass(x), digits = digits, ...))
    cbind(apply(LABS, 2L, format, justify = justify[[1]]),
          apply(DATA, 2L, format, justify = justify[[min(2, length(justify))]]))
}

write.ftable <- function(x, file = "", quote = TRUE, append = FALSE, digits = getOption("digits"), sep = " ", ...) {
    r <- format.ftable(x, quote = quote, digits = digits, ...)
    cat(t(r), file = file, append = append, sep = c(rep(sep, ncol(r) - 1L), "\n"))
    invisible(x)
}

print.ftable <- function(x, digits = getOption("digits"), ...) write.ftable(x, quote = FALSE, digits = digits, ...)

# ------------------------------------------------------------------ summary.table

summary.table <- function(object, ...) {
    if (!is.table(object)) stop(gettextf("'object' must inherit from class %s", dQuote("table")), domain = NA)
    n.cases <- sum(object)
    n.vars <- length(dim(object))
    y <- list(n.vars = n.vars, n.cases = n.cases)
    if (n.vars > 1) {
        # the chi-squared test of independence of all factors
        m <- vector("list", length = n.vars)
        relFreqs <- object / n.cases
        for (k in 1L:n.vars) m[[k]] <- apply(relFreqs, k, sum)
        expected <- apply(do.call(expand.grid, m), 1L, prod) * n.cases
        statistic <- sum((c(object) - expected)^2 / expected)
        lm <- lengths(m)
        parameter <- prod(lm) - 1L - sum(lm - 1L)
        y <- c(y, list(statistic = statistic, parameter = parameter,
                       approx.ok = all(expected >= 5),
                       p.value = pchisq(statistic, parameter, lower.tail = FALSE),
                       call = attr(object, "call")))
    }
    class(y) <- "summary.table"
    y
}

print.summary.table <- function(x, digits = max(1L, getOption("digits") - 3L), ...) {
    if (!is.null(x$call)) {
        cat("Call: ")
        print(x$call)
    }
    cat("Number of cases in table:", x$n.cases, "\n")
    cat("Number of factors:", x$n.vars, "\n")
    if (x$n.vars > 1) {
        cat("Test for independence of all factors:\n")
        ch <- x$statistic
        cat("\tChisq = ", format(round(ch, max(0, digits - log10(ch)))),
            ", df = ", x$parameter,
            ", p-value = ", format.pval(x$p.value, digits, eps = 0), "\n", sep = "")
        if (!x$approx.ok) cat("\tChi-squared approximation may be incorrect\n")
    }
    invisible(x)
}

as.table <- function(x, ...) UseMethod("as.table")

as.table.default <- function(x, ...) {
    if (is.table(x)) return(x)
    if (!(is.array(x) || is.numeric(x))) stop("cannot coerce to a table")
    x <- as.array(x)
    if (any(dim(x) == 0L)) stop("cannot coerce to a table")
    # missing dimnames become A, B, C, ...
    dnx <- dimnames(x)
    if (is.null(dnx)) dnx <- vector("list", length(dim(x)))
    for (i in which(vapply(dnx, is.null, NA))) dnx[[i]] <- make.unique(LETTERS[seq_len(dim(x)[i])], sep = "")
    dimnames(x) <- dnx
    class(x) <- c("table", oldClass(x))
    x
}

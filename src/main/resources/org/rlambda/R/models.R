# Linear models and their methods, after the semantics of GNU R's stats lm.R, lm.influence.R,
# anova.R, confint.R, vcov.R, logLik.R, AIC.R and base's format.pval; coefficient tables are
# printed as GNU R's printCoefmat does. The least-squares kernel is .rlambda_Cdqrls (linalg).

# ------------------------------------------------------------------ generics and defaults

coef <- function(object, ...) UseMethod("coef")
coef.default <- function(object, complete = TRUE, ...) {
    cf <- object$coefficients
    if (complete) cf else cf[!is.na(cf)]
}
coefficients <- coef

residuals <- function(object, ...) UseMethod("residuals")
residuals.default <- function(object, ...) naresid(object$na.action, object$residuals)
resid <- residuals

deviance <- function(object, ...) UseMethod("deviance")
deviance.default <- function(object, ...) object$deviance

fitted <- function(object, ...) UseMethod("fitted")
fitted.default <- function(object, ...) {
    xx <- if ("fitted.values" %in% names(object)) object$fitted.values else object$fitted
    napredict(object$na.action, xx)
}
fitted.values <- fitted

anova <- function(object, ...) UseMethod("anova")
effects <- function(object, ...) UseMethod("effects")

weights <- function(object, ...) UseMethod("weights")
weights.default <- function(object, ...) {
    wts <- object$weights
    if (is.null(wts)) wts else napredict(object$na.action, wts)
}

df.residual <- function(object, ...) UseMethod("df.residual")
df.residual.default <- function(object, ...) object$df.residual

variable.names <- function(object, ...) UseMethod("variable.names")
variable.names.default <- function(object, ...) colnames(object)

case.names <- function(object, ...) UseMethod("case.names")
case.names.default <- function(object, ...) rownames(object)

predict <- function(object, ...) UseMethod("predict")

vcov <- function(object, ...) UseMethod("vcov")

confint <- function(object, parm, level = 0.95, ...) UseMethod("confint")

nobs <- function(object, ...) UseMethod("nobs")
nobs.default <- function(object, use.fallback = FALSE, ...) {
    if (is.null(object$residuals)) stop("no 'nobs' method is available")
    w <- object$weights
    if (!is.null(w)) sum(w != 0) else NROW(object$residuals)
}

sigma <- function(object, ...) UseMethod("sigma")
sigma.default <- function(object, use.fallback = TRUE, ...)
    sqrt(deviance(object, ...) / (nobs(object, use.fallback = use.fallback) - length(coef(object))))

family <- function(object, ...) UseMethod("family")

# ------------------------------------------------------------------ printing helpers

format.pval <- function(pv, digits = max(1L, getOption("digits") - 2L), eps = .Machine$double.eps,
                        na.form = "NA", ...) {
    if ((has.na <- any(ina <- is.na(pv)))) pv <- pv[!ina]
    r <- character(length(is0 <- pv < eps))
    if (any(!is0)) {
        rr <- pv <- pv[!is0]
        expo <- floor(log10(ifelse(pv > 0, pv, 1e-50)))
        fixp <- expo >= -3 | (expo == -4 & digits > 1)
        if (any(fixp)) rr[fixp] <- format(pv[fixp], digits = digits, ...)
        if (any(!fixp)) rr[!fixp] <- format(pv[!fixp], digits = digits, ...)
        r[!is0] <- rr
    }
    if (any(is0)) {
        digits <- max(1L, digits - 2L)
        if (any(!is0)) {
            nc <- max(nchar(rr, type = "w"))
            if (digits > 1L && digits + 6L > nc) digits <- max(1L, nc - 7L)
            sep <- if (digits == 1L && nc <= 6L) "" else " "
        } else sep <- if (digits == 1) "" else " "
        r[is0] <- paste("<", format(eps, digits = digits, ...), sep = sep)
    }
    if (has.na) {
        rok <- r
        r <- character(length(ina))
        r[!ina] <- rok
        r[ina] <- na.form
    }
    r
}

symnum <- function(x, cutpoints = c(0.3, 0.6, 0.8, 0.9, 0.95),
                   symbols = if (numeric.x) c(" ", ".", ",", "+", "*", "B") else c(".", "|"),
                   legend = length(symbols) >= 3, na = "?", eps = 1e-5, numeric.x = is.numeric(x),
                   corr = missing(cutpoints) && numeric.x, show.max = if (corr) "1", show.min = NULL,
                   abbr.colnames = has.colnames, lower.triangular = corr && is.numeric(x) && is.matrix(x),
                   diag.lower.tri = corr && !is.null(show.max)) {
    if (length(x) == 0L) return(noquote(if (is.null(d <- dim(x))) character() else array("", dim = d)))
    has.na <- any(nax <- is.na(x))
    has.colnames <- !is.null(colnames(x))
    if (numeric.x) {
        if (corr) cutpoints <- c(0, cutpoints, 1)
        if (anyDuplicated(cutpoints) || (corr && (any(cutpoints > 1) || any(cutpoints < 0))))
            stop("'cutpoints' must be unique in 0 < cuts < 1, but are = ", paste(format(cutpoints), collapse = "|"))
        nc <- length(cutpoints)
        minc <- cutpoints[1L]
        maxc <- cutpoints[nc]
        range.msg <- if (corr) "'x' must be between -1 and 1"
                     else gettextf("'x' must be between %s and %s", format(minc), format(maxc))
        if (corr) x <- abs(x)
        else if (any(x < minc - eps, na.rm = TRUE)) stop(range.msg, domain = NA)
        if (any(x > maxc + eps, na.rm = TRUE)) stop(range.msg, domain = NA)
        ns <- length(symbols)
        symbols <- as.character(symbols)
        if (anyDuplicated(symbols)) stop("'symbols' must be unique, but are = ", paste(symbols, collapse = "|"))
        if (nc != ns + 1) stop("number of 'cutpoints' must be one more than number of symbols")
        iS <- cut(x, breaks = cutpoints, include.lowest = TRUE, labels = FALSE)
        if (any(ii <- is.na(iS))) iS[which(ii)[!is.na(x[ii]) & (abs(x[ii] - minc) < eps)]] <- 1
    } else {
        if (!missing(symbols) && length(symbols) != 2L) stop("must have 2 'symbols' for logical 'x' argument")
        iS <- x + 1
    }
    if (has.na) {
        ans <- character(length(iS))
        if ((has.na <- is.character(na))) ans[nax] <- na
        ans[!nax] <- symbols[iS[!nax]]
    } else ans <- symbols[iS]
    if (numeric.x) {
        if (!is.null(show.max)) ans[x >= maxc - eps] <- if (is.character(show.max)) show.max else format(maxc, digits = 1)
        if (!is.null(show.min)) ans[x <= minc + eps] <- if (is.character(show.min)) show.min else format(minc, digits = 1)
    }
    if (lower.triangular && is.matrix(x)) ans[!lower.tri(x, diag = diag.lower.tri)] <- ""
    attributes(ans) <- attributes(x)
    if (legend) {
        legend <- c(rbind(sapply(cutpoints, format), c(sQuote(symbols), "")), if (has.na) paste("\t    ## NA:", sQuote(na)))
        attr(ans, "legend") <- paste(legend[-2 * (ns + 1)], collapse = " ")
    }
    noquote(ans)
}

printCoefmat <- function(x, digits = max(3L, getOption("digits") - 2L),
                         signif.stars = getOption("show.signif.stars"), signif.legend = signif.stars,
                         dig.tst = max(1L, min(5L, digits - 1L)), cs.ind = 1:k, tst.ind = k + 1,
                         zap.ind = integer(), P.values = NULL,
                         has.Pvalue = nc >= 4L && length(cn <- colnames(x)) && substr(cn[nc], 1L, 3L) %in% c("Pr(", "p-v"),
                         eps.Pvalue = .Machine$double.eps, na.print = "NA", quote = FALSE, right = TRUE, ...) {
    if (is.null(d <- dim(x)) || length(d) != 2L) stop("'x' must be coefficient matrix/data frame")
    nc <- d[2L]
    if (is.null(P.values)) {
        scp <- getOption("show.coef.Pvalues")
        if (is.null(scp)) scp <- TRUE
        P.values <- has.Pvalue && scp
    } else if (P.values && !has.Pvalue) stop("'P.values' is TRUE, but 'has.Pvalue' is not")
    if (has.Pvalue && !P.values) {
        d <- dim(xm <- data.matrix(x[, -nc, drop = FALSE]))
        nc <- nc - 1
        has.Pvalue <- FALSE
    } else xm <- data.matrix(x)
    k <- nc - has.Pvalue - (if (missing(tst.ind)) 1 else length(tst.ind))
    if (!missing(cs.ind) && length(cs.ind) > k) stop("wrong k / cs.ind")
    Cf <- array("", dim = d, dimnames = dimnames(xm))
    ok <- !(ina <- is.na(xm))
    for (i in zap.ind) xm[, i] <- zapsmall(xm[, i], digits)
    if (length(cs.ind)) {
        acs <- abs(coef.se <- xm[, cs.ind, drop = FALSE])
        if (any(ia <- is.finite(acs))) {
            digmin <- 1 + if (length(acs <- acs[ia & acs != 0])) floor(log10(range(acs[acs != 0], finite = TRUE))) else 0
            Cf[, cs.ind] <- format(round(coef.se, max(1L, digits - digmin)), digits = digits)
        }
    }
    if (length(tst.ind)) Cf[, tst.ind] <- format(round(xm[, tst.ind], digits = dig.tst), digits = digits)
    if (any(r.ind <- !((1L:nc) %in% c(cs.ind, tst.ind, if (has.Pvalue) nc))))
        for (i in which(r.ind)) Cf[, i] <- format(xm[, i], digits = digits)
    ok[, tst.ind] <- FALSE
    okP <- if (has.Pvalue) ok[, -nc] else ok
    x1 <- Cf[okP]
    dec <- getOption("OutDec")
    if (dec != ".") x1 <- chartr(dec, ".", x1)
    x0 <- (xm[okP] == 0) != (as.numeric(x1) == 0)
    if (length(not.both.0 <- which(x0 & !is.na(x0))))
        Cf[okP][not.both.0] <- format(xm[okP][not.both.0], digits = max(1L, digits - 1L))
    if (any(ina)) Cf[ina] <- na.print
    if (any(inan <- is.nan(xm))) Cf[inan] <- "NaN"
    if (P.values) {
        if (!is.logical(signif.stars) || is.na(signif.stars)) {
            warning("option \"show.signif.stars\" is invalid: assuming TRUE")
            signif.stars <- TRUE
        }
        if (any(okP <- ok[, nc])) {
            pv <- as.vector(xm[, nc])
            Cf[okP, nc] <- format.pval(pv[okP], digits = dig.tst, eps = eps.Pvalue)
            signif.stars <- signif.stars && any(pv[okP] < 0.1)
            if (signif.stars) {
                Signif <- symnum(pv, corr = FALSE, na = FALSE, cutpoints = c(0, 0.001, 0.01, 0.05, 0.1, 1),
                                 symbols = c("***", "**", "*", ".", " "))
                Cf <- cbind(Cf, format(Signif))
            }
        } else signif.stars <- FALSE
    } else signif.stars <- FALSE
    print.default(Cf, quote = quote, right = right, na.print = na.print, ...)
    if (signif.stars && signif.legend) {
        sleg <- attr(Signif, "legend")
        w <- getOption("width")
        if (w < nchar(sleg)) sleg <- strwrap(sleg, width = w - 2, prefix = "  ")
        cat("---\nSignif. codes:  ", sleg, "\n", sep = "")
    }
    invisible(x)
}

print.anova <- function(x, digits = max(getOption("digits") - 2L, 3L),
                        signif.stars = getOption("show.signif.stars"), ...) {
    if (!is.null(heading <- attr(x, "heading"))) cat(heading, sep = "\n")
    nc <- dim(x)[2L]
    if (is.null(cn <- colnames(x))) stop("'anova' object must have colnames")
    has.P <- grepl("^(P|Pr)\\(", cn[nc])
    zap.i <- 1L:(if (has.P) nc - 1 else nc)
    i <- which(substr(cn, 2, 7) == " value")
    i <- c(i, which(!is.na(match(cn, c("F", "Cp", "Chisq")))))
    if (length(i)) zap.i <- zap.i[!(zap.i %in% i)]
    tst.i <- i
    if (length(i <- grep("Df$", cn))) zap.i <- zap.i[!(zap.i %in% i)]
    printCoefmat(x, digits = digits, signif.stars = signif.stars, has.Pvalue = has.P, P.values = has.P,
                 cs.ind = NULL, zap.ind = zap.i, tst.ind = tst.i, na.print = "", ...)
    invisible(x)
}

stat.anova <- function(table, test = c("Rao", "LRT", "Chisq", "F", "Cp"), scale, df.scale, n) {
    test <- match.arg(test)
    dev.col <- match("Deviance", colnames(table))
    if (test == "Rao") dev.col <- match("Rao", colnames(table))
    if (is.na(dev.col)) dev.col <- match("Sum of Sq", colnames(table))
    switch(test,
           Rao = , LRT = , Chisq = {
               dfs <- table[, "Df"]
               vals <- table[, dev.col] / scale * sign(dfs)
               vals[dfs %in% 0] <- NA
               vals[!is.na(vals) & vals < 0] <- NA
               cbind(table, "Pr(>Chi)" = pchisq(vals, abs(dfs), lower.tail = FALSE))
           },
           F = {
               dfs <- table[, "Df"]
               Fvalue <- (table[, dev.col] / dfs) / scale
               Fvalue[dfs %in% 0] <- NA
               Fvalue[!is.na(Fvalue) & Fvalue < 0] <- NA
               cbind(table, F = Fvalue, "Pr(>F)" = pf(Fvalue, abs(dfs), df.scale, lower.tail = FALSE))
           },
           Cp = {
               if ("RSS" %in% names(table)) cbind(table, Cp = table[, "RSS"] + 2 * scale * (n - table[, "Res.Df"]))
               else cbind(table, Cp = table[, "Resid. Dev"] + 2 * scale * (n - table[, "Resid. Df"]))
           })
}

# ------------------------------------------------------------------ lm

lm <- function(formula, data, subset, weights, na.action, method = "qr", model = TRUE,
               x = FALSE, y = FALSE, qr = TRUE, singular.ok = TRUE, contrasts = NULL, offset, ...) {
    ret.x <- x
    ret.y <- y
    cl <- match.call()
    mf <- match.call(expand.dots = FALSE)
    m <- match(c("formula", "data", "subset", "weights", "na.action", "offset"), names(mf), 0L)
    mf <- mf[c(1L, m)]
    mf$drop.unused.levels <- TRUE
    mf[[1L]] <- quote(model.frame)
    mf <- eval(mf, parent.frame())
    if (method == "model.frame") return(mf)
    if (method != "qr") warning(gettextf("method = '%s' is not supported. Using 'qr'", method), domain = NA)
    mt <- attr(mf, "terms")
    y <- model.response(mf, "numeric")
    w <- as.vector(model.weights(mf))
    if (!is.null(w) && !is.numeric(w)) stop("'weights' must be a numeric vector")
    offset <- model.offset(mf)
    mlm <- is.matrix(y)
    ny <- if (mlm) nrow(y) else length(y)
    if (!is.null(offset)) {
        if (!mlm) offset <- as.vector(offset)
        if (NROW(offset) != ny)
            stop(gettextf("number of offsets is %d, should equal %d (number of observations)", NROW(offset), ny), domain = NA)
    }
    if (is.empty.model(mt)) {
        x <- NULL
        z <- list(coefficients = if (mlm) matrix(NA_real_, 0, ncol(y)) else numeric(),
                  residuals = y, fitted.values = 0 * y, weights = w, rank = 0L,
                  df.residual = if (!is.null(w)) sum(w != 0) else ny)
        if (!is.null(offset)) {
            z$fitted.values <- offset
            z$residuals <- y - offset
        }
    } else {
        x <- model.matrix(mt, mf, contrasts)
        z <- if (is.null(w)) lm.fit(x, y, offset = offset, singular.ok = singular.ok, ...)
             else lm.wfit(x, y, w, offset = offset, singular.ok = singular.ok, ...)
    }
    class(z) <- c(if (mlm) "mlm", "lm")
    z$na.action <- attr(mf, "na.action")
    z$offset <- offset
    z$contrasts <- attr(x, "contrasts")
    z$xlevels <- .getXlevels(mt, mf)
    z$call <- cl
    z$terms <- mt
    if (model) z$model <- mf
    if (ret.x) z$x <- x
    if (ret.y) z$y <- y
    if (!qr) z$qr <- NULL
    z
}

# Coefficients back in column order with NA for aliased columns; effects named by pivoted columns.
.lmUnpivot <- function(z, x, y, n, p) {
    coef <- z$coefficients
    pivot <- z$pivot
    r1 <- seq_len(z$rank)
    dn <- colnames(x)
    if (is.null(dn)) dn <- paste0("x", 1L:p)
    nmeffects <- c(dn[pivot[r1]], rep.int("", n - z$rank))
    r2 <- if (z$rank < p) (z$rank + 1L):p else integer()
    if (is.matrix(y)) {
        coef[r2, ] <- NA
        if (z$pivoted) coef[pivot, ] <- coef
        dimnames(coef) <- list(dn, colnames(y))
        dimnames(z$effects) <- list(nmeffects, colnames(y))
    } else {
        coef[r2] <- NA
        if (z$pivoted) coef[pivot] <- coef
        names(coef) <- dn
        names(z$effects) <- nmeffects
    }
    z$coefficients <- coef
    if (z$pivoted) colnames(z$qr) <- colnames(x)[z$pivot]
    z
}

lm.fit <- function(x, y, offset = NULL, method = "qr", tol = 1e-07, singular.ok = TRUE, ...) {
    if (is.null(n <- nrow(x))) stop("'x' must be a matrix")
    if (n == 0L) stop("0 (non-NA) cases")
    p <- ncol(x)
    if (p == 0L)
        return(list(coefficients = numeric(), residuals = y, fitted.values = 0 * y, rank = 0,
                    df.residual = length(y)))
    ny <- NCOL(y)
    if (is.matrix(y) && ny == 1) y <- drop(y)
    if (!is.null(offset)) y <- y - offset
    if (NROW(y) != n) stop("incompatible dimensions")
    if (method != "qr") warning(gettextf("method = '%s' is not supported. Using 'qr'", method), domain = NA)
    z <- .rlambda_Cdqrls(x, y, tol, FALSE)
    if (!singular.ok && z$rank < p) stop("singular fit encountered")
    z <- .lmUnpivot(z, x, y, n, p)
    fv <- y - z$residuals
    if (!is.null(offset)) fv <- fv + offset
    qr <- z[c("qr", "qraux", "pivot", "tol", "rank")]
    c(z[c("coefficients", "residuals", "effects", "rank")],
      list(fitted.values = fv, assign = attr(x, "assign"), qr = structure(qr, class = "qr"),
           df.residual = n - z$rank))
}

.lm.fit <- function(x, y, tol = 1e-07) .rlambda_Cdqrls(x, y, tol, TRUE)

lm.wfit <- function(x, y, w, offset = NULL, method = "qr", tol = 1e-7, singular.ok = TRUE, ...) {
    if (is.null(n <- nrow(x))) stop("'x' must be a matrix")
    if (n == 0) stop("0 (non-NA) cases")
    ny <- NCOL(y)
    if (is.matrix(y) && ny == 1L) y <- drop(y)
    if (!is.null(offset)) y <- y - offset
    if (NROW(y) != n || length(w) != n) stop("incompatible dimensions")
    if (any(w < 0 | is.na(w))) stop("missing or negative weights not allowed")
    if (method != "qr") warning(gettextf("method = '%s' is not supported. Using 'qr'", method), domain = NA)
    x.asgn <- attr(x, "assign")
    zero.weights <- any(w == 0)
    if (zero.weights) {
        save.r <- y
        save.f <- y
        save.w <- w
        ok <- w != 0
        nok <- !ok
        w <- w[ok]
        x0 <- x[!ok, , drop = FALSE]
        x <- x[ok, , drop = FALSE]
        n <- nrow(x)
        y0 <- if (ny > 1L) y[!ok, , drop = FALSE] else y[!ok]
        y <- if (ny > 1L) y[ok, , drop = FALSE] else y[ok]
    }
    p <- ncol(x)
    if (p == 0)
        return(list(coefficients = numeric(), residuals = y, fitted.values = 0 * y, weights = w,
                    rank = 0L, df.residual = length(y)))
    if (n == 0)
        return(list(coefficients = rep(NA_real_, p), residuals = y, fitted.values = 0 * y,
                    weights = w, rank = 0L, df.residual = 0L))
    wts <- sqrt(w)
    z <- .rlambda_Cdqrls(x * wts, y * wts, tol, FALSE)
    if (!singular.ok && z$rank < p) stop("singular fit encountered")
    z <- .lmUnpivot(z, x, y, n, p)
    coef <- z$coefficients
    z$residuals <- z$residuals / wts
    z$fitted.values <- y - z$residuals
    z$weights <- w
    if (zero.weights) {
        coef[is.na(coef)] <- 0
        f0 <- x0 %*% coef
        if (ny > 1) {
            save.r[ok, ] <- z$residuals
            save.r[nok, ] <- y0 - f0
            save.f[ok, ] <- z$fitted.values
            save.f[nok, ] <- f0
        } else {
            save.r[ok] <- z$residuals
            save.r[nok] <- y0 - f0
            save.f[ok] <- z$fitted.values
            save.f[nok] <- f0
        }
        z$residuals <- save.r
        z$fitted.values <- save.f
        z$weights <- save.w
    }
    if (!is.null(offset)) z$fitted.values <- z$fitted.values + offset
    qr <- z[c("qr", "qraux", "pivot", "tol", "rank")]
    c(z[c("coefficients", "residuals", "fitted.values", "effects", "weights", "rank")],
      list(assign = x.asgn, qr = structure(qr, class = "qr"), df.residual = n - z$rank))
}

print.lm <- function(x, digits = max(3L, getOption("digits") - 3L), ...) {
    cat("\nCall:\n", paste(deparse(x$call), sep = "\n", collapse = "\n"), "\n\n", sep = "")
    if (length(coef(x))) {
        cat("Coefficients:\n")
        print.default(format(coef(x), digits = digits), print.gap = 2L, quote = FALSE)
    } else cat("No coefficients\n")
    cat("\n")
    invisible(x)
}

qr.lm <- function(x, ...) {
    if (is.null(r <- x$qr))
        stop("lm object does not have a proper 'qr' component.\n Rank zero or should not have used lm(.., qr=FALSE).")
    r
}

summary.lm <- function(object, correlation = FALSE, symbolic.cor = FALSE, ...) {
    z <- object
    p <- z$rank
    rdf <- z$df.residual
    if (p == 0) {
        r <- z$residuals
        n <- length(r)
        w <- z$weights
        if (is.null(w)) rss <- sum(r^2)
        else {
            rss <- sum(w * r^2)
            r <- sqrt(w) * r
        }
        resvar <- rss / rdf
        ans <- z[c("call", "terms", if (!is.null(z$weights)) "weights")]
        class(ans) <- "summary.lm"
        ans$aliased <- is.na(coef(object))
        ans$residuals <- r
        ans$df <- c(0L, n, length(ans$aliased))
        ans$coefficients <- matrix(NA_real_, 0L, 4L,
                                   dimnames = list(NULL, c("Estimate", "Std. Error", "t value", "Pr(>|t|)")))
        ans$sigma <- sqrt(resvar)
        ans$r.squared <- ans$adj.r.squared <- 0
        ans$cov.unscaled <- matrix(NA_real_, 0L, 0L)
        if (correlation) ans$correlation <- ans$cov.unscaled
        return(ans)
    }
    if (is.null(z$terms)) stop("invalid 'lm' object:  no 'terms' component")
    if (!inherits(object, "lm")) warning("calling summary.lm(<fake-lm-object>) ...")
    Qr <- qr.lm(object)
    n <- NROW(Qr$qr)
    if (is.na(z$df.residual) || n - p != z$df.residual)
        warning("residual degrees of freedom in object suggest this is not an \"lm\" fit")
    r <- z$residuals
    f <- z$fitted.values
    w <- z$weights
    if (is.null(w)) {
        mss <- if (attr(z$terms, "intercept")) sum((f - mean(f))^2) else sum(f^2)
        rss <- sum(r^2)
    } else {
        mss <- if (attr(z$terms, "intercept")) {
            m <- sum(w * f / sum(w))
            sum(w * (f - m)^2)
        } else sum(w * f^2)
        rss <- sum(w * r^2)
        r <- sqrt(w) * r
    }
    resvar <- rss / rdf
    if (is.finite(resvar) && resvar < (mean(f)^2 + var(c(f))) * 1e-30)
        warning("essentially perfect fit: summary may be unreliable")
    p1 <- 1L:p
    R <- chol2inv(Qr$qr[p1, p1, drop = FALSE])
    se <- sqrt(diag(R) * resvar)
    est <- z$coefficients[Qr$pivot[p1]]
    tval <- est / se
    ans <- z[c("call", "terms", if (!is.null(z$weights)) "weights")]
    ans$residuals <- r
    ans$coefficients <- cbind(Estimate = est, "Std. Error" = se, "t value" = tval,
                              "Pr(>|t|)" = 2 * pt(abs(tval), rdf, lower.tail = FALSE))
    ans$aliased <- is.na(z$coefficients)
    ans$sigma <- sqrt(resvar)
    ans$df <- c(p, rdf, NCOL(Qr$qr))
    if (p != attr(z$terms, "intercept")) {
        df.int <- if (attr(z$terms, "intercept")) 1L else 0L
        ans$r.squared <- mss / (mss + rss)
        ans$adj.r.squared <- 1 - (1 - ans$r.squared) * ((n - df.int) / rdf)
        ans$fstatistic <- c(value = (mss / (p - df.int)) / resvar, numdf = p - df.int, dendf = rdf)
    } else ans$r.squared <- ans$adj.r.squared <- 0
    ans$cov.unscaled <- R
    dimnames(ans$cov.unscaled) <- dimnames(ans$coefficients)[c(1, 1)]
    if (correlation) {
        ans$correlation <- (R * resvar) / outer(se, se)
        dimnames(ans$correlation) <- dimnames(ans$cov.unscaled)
        ans$symbolic.cor <- symbolic.cor
    }
    if (!is.null(z$na.action)) ans$na.action <- z$na.action
    class(ans) <- "summary.lm"
    ans
}

print.summary.lm <- function(x, digits = max(3L, getOption("digits") - 3L), symbolic.cor = x$symbolic.cor,
                             signif.stars = getOption("show.signif.stars"), ...) {
    cat("\nCall:\n", paste(deparse(x$call), sep = "\n", collapse = "\n"), "\n\n", sep = "")
    resid <- x$residuals
    df <- x$df
    rdf <- df[2L]
    cat(if (!is.null(x$weights) && diff(range(x$weights))) "Weighted ", "Residuals:\n", sep = "")
    if (rdf > 5L) {
        nam <- c("Min", "1Q", "Median", "3Q", "Max")
        rq <- if (length(dim(resid)) == 2L)
                  structure(apply(t(resid), 1L, quantile), dimnames = list(nam, dimnames(resid)[[2L]]))
              else structure(zapsmall(quantile(resid), digits + 1L), names = nam)
        print(rq, digits = digits, ...)
    } else if (rdf > 0L) {
        print(resid, digits = digits, ...)
    } else {
        cat("ALL", df[1L], "residuals are 0: no residual degrees of freedom!")
        cat("\n")
    }
    if (length(x$aliased) == 0L) {
        cat("\nNo Coefficients\n")
    } else {
        if (nsingular <- df[3L] - df[1L])
            cat("\nCoefficients: (", nsingular, " not defined because of singularities)\n", sep = "")
        else cat("\nCoefficients:\n")
        coefs <- x$coefficients
        if (any(aliased <- x$aliased)) {
            cn <- names(aliased)
            coefs <- matrix(NA, length(aliased), 4, dimnames = list(cn, colnames(coefs)))
            coefs[!aliased, ] <- x$coefficients
        }
        printCoefmat(coefs, digits = digits, signif.stars = signif.stars, na.print = "NA", ...)
    }
    cat("\nResidual standard error:", format(signif(x$sigma, digits)), "on", rdf, "degrees of freedom")
    cat("\n")
    if (nzchar(mess <- naprint(x$na.action))) cat("  (", mess, ")\n", sep = "")
    if (!is.null(x$fstatistic)) {
        cat("Multiple R-squared: ", formatC(x$r.squared, digits = digits))
        cat(",\tAdjusted R-squared: ", formatC(x$adj.r.squared, digits = digits),
            "\nF-statistic:", formatC(x$fstatistic[1L], digits = digits), "on", x$fstatistic[2L], "and",
            x$fstatistic[3L], "DF,  p-value:",
            format.pval(pf(x$fstatistic[1L], x$fstatistic[2L], x$fstatistic[3L], lower.tail = FALSE), digits = digits))
        cat("\n")
    }
    correl <- x$correlation
    if (!is.null(correl)) {
        p <- NCOL(correl)
        if (p > 1L) {
            cat("\nCorrelation of Coefficients:\n")
            if (is.logical(symbolic.cor) && symbolic.cor) {
                print(symnum(correl, abbr.colnames = NULL))
            } else {
                correl <- format(round(correl, 2), nsmall = 2, digits = digits)
                correl[!lower.tri(correl)] <- ""
                print(correl[-1, -p, drop = FALSE], quote = FALSE)
            }
        }
    }
    cat("\n")
    invisible(x)
}

residuals.lm <- function(object, type = c("working", "response", "deviance", "pearson", "partial"), ...) {
    type <- match.arg(type)
    r <- object$residuals
    res <- switch(type,
                  working = , response = r,
                  deviance = , pearson = if (is.null(object$weights)) r else r * sqrt(object$weights),
                  partial = r)
    res <- naresid(object$na.action, res)
    if (type == "partial") res <- res + predict(object, type = "terms")
    res
}

weighted.residuals <- function(obj, drop0 = TRUE) {
    w <- weights(obj)
    r <- residuals(obj, type = "deviance")
    if (drop0 && !is.null(w)) {
        if (is.matrix(r)) r[w != 0, , drop = FALSE] else r[w != 0]
    } else r
}

deviance.lm <- function(object, ...) sum(weighted.residuals(object)^2, na.rm = TRUE)

formula.lm <- function(x, ...) {
    form <- x$formula
    if (!is.null(form)) {
        form <- formula(x$terms)
        environment(form) <- environment(x$formula)
        form
    } else formula(x$terms)
}

model.frame.lm <- function(formula, ...) {
    dots <- list(...)
    nargs <- dots[match(c("data", "na.action", "subset"), names(dots), 0)]
    if (length(nargs) || is.null(formula$model)) {
        fcall <- formula$call
        m <- match(c("formula", "data", "subset", "weights", "na.action", "offset"), names(fcall), 0L)
        fcall <- fcall[c(1L, m)]
        fcall$drop.unused.levels <- TRUE
        fcall[[1L]] <- quote(model.frame)
        fcall$xlev <- formula$xlevels
        fcall$formula <- terms(formula)
        fcall[names(nargs)] <- nargs
        env <- environment(formula$terms)
        if (is.null(env)) env <- parent.frame()
        eval(fcall, env)
    } else formula$model
}

model.matrix.lm <- function(object, ...) {
    if (n_match <- match("x", names(object), 0L)) return(object[[n_match]])
    data <- model.frame(object, xlev = object$xlevels, ...)
    model.matrix.default(object, data = data, contrasts.arg = object$contrasts)
}

variable.names.lm <- function(object, full = FALSE, ...) {
    if (full) dimnames(qr.lm(object)$qr)[[2L]]
    else if (object$rank) dimnames(qr.lm(object)$qr)[[2L]][seq_len(object$rank)]
    else character()
}

case.names.lm <- function(object, full = FALSE, ...) {
    w <- weights(object)
    dn <- names(residuals(object))
    if (full || is.null(w)) dn else dn[w != 0]
}

labels.lm <- function(object, ...) {
    tl <- attr(object$terms, "term.labels")
    asgn <- object$assign[qr.lm(object)$pivot[1L:object$rank]]
    tl[unique(asgn)]
}

effects.lm <- function(object, set.sign = FALSE, ...) {
    eff <- object$effects
    if (is.null(eff)) stop("'object' has no 'effects' component")
    if (set.sign) {
        dd <- coef(object)
        r <- seq_along(dd)
        eff[r] <- sign(dd) * abs(eff[r])
    }
    structure(eff, assign = object$assign, class = "coef")
}

anova.lm <- function(object, ...) {
    if (length(list(object, ...)) > 1L) return(anova.lmlist(object, ...))
    if (!inherits(object, "lm")) warning("calling anova.lm(<fake-lm-object>) ...")
    w <- object$weights
    ssr <- sum(if (is.null(w)) object$residuals^2 else w * object$residuals^2)
    mss <- sum(if (is.null(w)) object$fitted.values^2 else w * object$fitted.values^2)
    if (ssr < 1e-10 * mss) warning("ANOVA F-tests on an essentially perfect fit are unreliable")
    dfr <- df.residual(object)
    p <- object$rank
    if (p > 0L) {
        p1 <- 1L:p
        comp <- object$effects[p1]
        asgn <- object$assign[qr.lm(object)$pivot][p1]
        nmeffects <- c("(Intercept)", attr(object$terms, "term.labels"))
        tlabels <- nmeffects[1 + unique(asgn)]
        ss <- c(vapply(split(comp^2, asgn), sum, 1.0), ssr)
        df <- c(lengths(split(asgn, asgn)), dfr)
    } else {
        ss <- ssr
        df <- dfr
        tlabels <- character()
    }
    ms <- ss / df
    f <- ms / (ssr / dfr)
    P <- pf(f, df, dfr, lower.tail = FALSE)
    table <- data.frame(df, ss, ms, f, P)
    table[length(P), 4:5] <- NA
    dimnames(table) <- list(c(tlabels, "Residuals"), c("Df", "Sum Sq", "Mean Sq", "F value", "Pr(>F)"))
    if (attr(object$terms, "intercept")) table <- table[-1, ]
    structure(table, heading = c("Analysis of Variance Table\n",
                                 paste("Response:", deparse(formula(object)[[2L]]))),
              class = c("anova", "data.frame"))
}

anova.lmlist <- function(object, ..., scale = 0, test = "F") {
    objects <- list(object, ...)
    responses <- as.character(lapply(objects, function(x) deparse(x$terms[[2L]])))
    sameresp <- responses == responses[1L]
    if (!all(sameresp)) {
        objects <- objects[sameresp]
        warning(gettextf("models with response %s removed because response differs from model 1",
                         sQuote(deparse(responses[!sameresp]))), domain = NA)
    }
    ns <- sapply(objects, function(x) length(x$residuals))
    if (any(ns != ns[1L])) stop("models were not all fitted to the same size of dataset")
    nmodels <- length(objects)
    if (nmodels == 1) return(anova.lm(object))
    resdf <- as.numeric(lapply(objects, df.residual))
    resdev <- as.numeric(lapply(objects, deviance))
    table <- data.frame(resdf, resdev, c(NA, -diff(resdf)), c(NA, -diff(resdev)))
    variables <- lapply(objects, function(x) paste(deparse(formula(x)), collapse = "\n"))
    dimnames(table) <- list(1L:nmodels, c("Res.Df", "RSS", "Df", "Sum of Sq"))
    title <- "Analysis of Variance Table\n"
    topnote <- paste0("Model ", format(1L:nmodels), ": ", variables, collapse = "\n")
    if (!is.null(test)) {
        bigmodel <- order(resdf)[1L]
        scale <- if (scale > 0) scale else resdev[bigmodel] / resdf[bigmodel]
        table <- stat.anova(table = table, test = test, scale = scale, df.scale = resdf[bigmodel],
                            n = length(objects[[bigmodel]]$residuals))
    }
    structure(table, heading = c(title, topnote), class = c("anova", "data.frame"))
}

predict.lm <- function(object, newdata, se.fit = FALSE, scale = NULL, df = Inf,
                       interval = c("none", "confidence", "prediction"), level = 0.95,
                       type = c("response", "terms"), terms = NULL, na.action = na.pass,
                       pred.var = res.var / weights, weights = 1, ...) {
    tt <- terms(object)
    if (!inherits(object, "lm")) warning("calling predict.lm(<fake-lm-object>) ...")
    if (missing(newdata) || is.null(newdata)) {
        mm <- X <- model.matrix(object)
        mmDone <- TRUE
        offset <- object$offset
    } else {
        Terms <- delete.response(tt)
        m <- model.frame(Terms, newdata, na.action = na.action, xlev = object$xlevels)
        if (!is.null(cl <- attr(Terms, "dataClasses"))) .checkMFClasses(cl, m)
        X <- model.matrix(Terms, m, contrasts.arg = object$contrasts)
        offset <- rep(0, nrow(X))
        if (!is.null(off.num <- attr(tt, "offset")))
            for (i in off.num) offset <- offset + eval(attr(tt, "variables")[[i + 1]], newdata)
        if (!is.null(object$call$offset)) offset <- offset + eval(object$call$offset, newdata)
        mmDone <- FALSE
    }
    n <- length(object$residuals)
    p <- object$rank
    p1 <- seq_len(p)
    piv <- if (p) qr.lm(object)$pivot[p1]
    if (p < ncol(X) && !(missing(newdata) || is.null(newdata)))
        warning("prediction from a rank-deficient fit may be misleading")
    beta <- object$coefficients
    predictor <- drop(X[, piv, drop = FALSE] %*% beta[piv])
    if (!is.null(offset)) predictor <- predictor + offset
    interval <- match.arg(interval)
    if (interval == "prediction") {
        if (missing(newdata)) warning("predictions on current data refer to _future_ responses\n")
        if (missing(newdata) && missing(weights)) {
            w <- weights.default(object)
            if (!is.null(w)) {
                weights <- w
                warning("assuming prediction variance inversely proportional to weights used for fitting\n")
            }
        }
        if (!missing(newdata) && missing(weights) && !is.null(object$weights) && missing(pred.var))
            warning("Assuming constant prediction variance even though model fit is weighted\n")
        if (inherits(weights, "formula")) {
            if (length(weights) != 2L) stop("'weights' as formula should be one-sided")
            d <- if (missing(newdata) || is.null(newdata)) model.frame(object) else newdata
            weights <- eval(weights[[2L]], d, environment(weights))
        }
    }
    type <- match.arg(type)
    if (se.fit || interval != "none") {
        w <- object$weights
        res.var <- if (is.null(scale)) {
            r <- object$residuals
            rss <- sum(if (is.null(w)) r^2 else r^2 * w)
            df <- object$df.residual
            rss / df
        } else scale^2
        if (type != "terms") {
            if (p > 0) {
                XRinv <- if (missing(newdata) && is.null(w)) qr.Q(qr.lm(object))[, p1, drop = FALSE]
                         else X[, piv] %*% qr.solve(qr.R(qr.lm(object))[p1, p1])
                ip <- drop(XRinv^2 %*% rep(res.var, p))
            } else ip <- rep(0, n)
        }
    }
    if (type == "terms") {
        if (!mmDone) {
            mm <- model.matrix(object)
            mmDone <- TRUE
        }
        aa <- attr(mm, "assign")
        ll <- attr(tt, "term.labels")
        hasintercept <- attr(tt, "intercept") > 0L
        if (hasintercept) ll <- c("(Intercept)", ll)
        aaa <- factor(aa, labels = ll)
        asgn <- split(order(aa), aaa)
        if (hasintercept) {
            asgn$"(Intercept)" <- NULL
            avx <- colMeans(mm)
            termsconst <- sum(avx[piv] * beta[piv])
        }
        nterms <- length(asgn)
        if (nterms > 0) {
            predictor <- matrix(ncol = nterms, nrow = NROW(X))
            dimnames(predictor) <- list(rownames(X), names(asgn))
            if (se.fit || interval != "none") {
                ip <- matrix(ncol = nterms, nrow = NROW(X))
                dimnames(ip) <- list(rownames(X), names(asgn))
                Rinv <- qr.solve(qr.R(qr.lm(object))[p1, p1])
            }
            if (hasintercept) X <- sweep(X, 2L, avx, check.margin = FALSE)
            unpiv <- rep.int(0L, NCOL(X))
            unpiv[piv] <- p1
            for (i in seq.int(1L, nterms, length.out = nterms)) {
                iipiv <- asgn[[i]]
                ii <- unpiv[iipiv]
                iipiv[ii == 0L] <- 0L
                predictor[, i] <- if (any(iipiv > 0L)) X[, iipiv, drop = FALSE] %*% beta[iipiv] else 0
                if (se.fit || interval != "none")
                    ip[, i] <- if (any(iipiv > 0L))
                                   as.matrix(X[, iipiv, drop = FALSE] %*% Rinv[ii, , drop = FALSE])^2 %*% rep.int(res.var, p)
                               else 0
            }
            if (!is.null(terms)) {
                predictor <- predictor[, terms, drop = FALSE]
                if (se.fit) ip <- ip[, terms, drop = FALSE]
            }
        } else predictor <- ip <- matrix(0, n, 0L)
        attr(predictor, "constant") <- if (hasintercept) termsconst else 0
    }
    if (interval != "none") {
        tfrac <- qt((1 - level) / 2, df)
        hwid <- tfrac * switch(interval, confidence = sqrt(ip), prediction = sqrt(ip + pred.var))
        if (type != "terms") {
            predictor <- cbind(predictor, predictor + hwid %o% c(1, -1))
            colnames(predictor) <- c("fit", "lwr", "upr")
        } else {
            if (!is.null(terms)) hwid <- hwid[, terms, drop = FALSE]
            lwr <- predictor + hwid
            upr <- predictor - hwid
        }
    }
    if (se.fit || interval != "none") {
        se <- sqrt(ip)
        if (type == "terms" && !is.null(terms) && !se.fit) se <- se[, terms, drop = FALSE]
    }
    if (missing(newdata) && !is.null(na.act <- object$na.action)) {
        predictor <- napredict(na.act, predictor)
        if (se.fit) se <- napredict(na.act, se)
    }
    if (type == "terms" && interval != "none") {
        if (missing(newdata) && !is.null(na.act)) {
            lwr <- napredict(na.act, lwr)
            upr <- napredict(na.act, upr)
        }
        list(fit = predictor, se.fit = se, lwr = lwr, upr = upr, df = df, residual.scale = sqrt(res.var))
    } else if (se.fit) list(fit = predictor, se.fit = se, df = df, residual.scale = sqrt(res.var))
    else predictor
}

vcov.lm <- function(object, complete = TRUE, ...) vcov.summary.lm(summary.lm(object, ...), complete = complete)

vcov.summary.lm <- function(object, complete = TRUE, ...) {
    v <- object$sigma^2 * object$cov.unscaled
    if (complete && any(al <- object$aliased)) {
        p <- length(al)
        nm <- names(al)
        vv <- matrix(NA_real_, p, p, dimnames = list(nm, nm))
        vv[!al, !al] <- v
        v <- vv
    }
    v
}

.format_perc <- function(probs, digits) paste(format(100 * probs, trim = TRUE, scientific = FALSE, digits = digits), "%")

confint.lm <- function(object, parm, level = 0.95, ...) {
    cf <- coef(object)
    ses <- sqrt(diag(vcov(object)))
    pnames <- names(ses)
    if (is.matrix(cf)) cf <- setNames(as.vector(cf), pnames)
    if (missing(parm)) parm <- pnames
    else if (is.numeric(parm)) parm <- pnames[parm]
    a <- (1 - level) / 2
    a <- c(a, 1 - a)
    fac <- qt(a, object$df.residual)
    pct <- .format_perc(a, 3)
    ci <- array(NA_real_, dim = c(length(parm), 2L), dimnames = list(parm, pct))
    ci[] <- cf[parm] + ses[parm] %o% fac
    ci
}

confint.default <- function(object, parm, level = 0.95, ...) {
    cf <- coef(object)
    pnames <- names(cf)
    if (missing(parm)) parm <- pnames
    else if (is.numeric(parm)) parm <- pnames[parm]
    a <- (1 - level) / 2
    a <- c(a, 1 - a)
    pct <- .format_perc(a, 3)
    fac <- qnorm(a)
    ci <- array(NA, dim = c(length(parm), 2L), dimnames = list(parm, pct))
    ses <- sqrt(diag(vcov(object)))[parm]
    ci[] <- cf[parm] + ses %o% fac
    ci
}

nobs.lm <- function(object, ...) if (!is.null(w <- object$weights)) sum(w != 0) else NROW(object$residuals)

# ------------------------------------------------------------------ likelihood and information criteria

logLik <- function(object, ...) UseMethod("logLik")

logLik.lm <- function(object, REML = FALSE, ...) {
    if (inherits(object, "mlm")) stop("'logLik.lm' does not support multiple responses")
    res <- object$residuals
    p <- object$rank
    N <- length(res)
    if (is.null(w <- object$weights)) w <- rep.int(1, N)
    else {
        excl <- w == 0
        if (any(excl)) {
            res <- res[!excl]
            N <- length(res)
            w <- w[!excl]
        }
    }
    N0 <- N
    if (REML) N <- N - p
    val <- 0.5 * (sum(log(w)) - N * (log(2 * pi) + 1 - log(N) + log(sum(w * res^2))))
    if (REML) val <- val - sum(log(abs(diag(object$qr$qr)[1L:p])))
    attr(val, "nall") <- N0
    attr(val, "nobs") <- N
    attr(val, "df") <- p + 1
    class(val) <- "logLik"
    val
}

print.logLik <- function(x, digits = getOption("digits"), ...) {
    cat("'log Lik.' ", paste(format(c(x), digits = digits), collapse = ", "),
        " (df=", format(attr(x, "df")), ")\n", sep = "")
    invisible(x)
}

nobs.logLik <- function(object, ...) {
    res <- attr(object, "nobs")
    if (is.null(res)) stop("no \"nobs\" attribute is available")
    res
}

AIC <- function(object, ..., k = 2) {
    if (!missing(...)) {
        lls <- lapply(list(object, ...), logLik)
        vals <- sapply(lls, function(el) c(as.numeric(el), attr(el, "df")))
        val <- data.frame(df = vals[2L, ], AIC = -2 * vals[1L, ] + k * vals[2L, ])
        Call <- match.call()
        Call$k <- NULL
        row.names(val) <- as.character(Call[-1L])
        return(val)
    }
    lls <- logLik(object)
    -2 * as.numeric(lls) + k * attr(lls, "df")
}

BIC <- function(object, ...) {
    if (!missing(...)) {
        lls <- lapply(list(object, ...), logLik)
        vals <- sapply(lls, function(el) c(as.numeric(el), attr(el, "df"), attr(el, "nobs")))
        val <- data.frame(df = vals[2L, ], BIC = -2 * vals[1L, ] + log(vals[3L, ]) * vals[2L, ])
        Call <- match.call()
        row.names(val) <- as.character(Call[-1L])
        return(val)
    }
    lls <- logLik(object)
    -2 * as.numeric(lls) + log(attr(lls, "nobs")) * attr(lls, "df")
}

extractAIC <- function(fit, scale = 0, k = 2, ...) UseMethod("extractAIC")

extractAIC.lm <- function(fit, scale = 0, k = 2, ...) {
    n <- length(fit$residuals)
    edf <- n - fit$df.residual
    RSS <- deviance.lm(fit)
    dev <- if (scale > 0) RSS / scale - n else n * log(RSS / n)
    c(edf, dev + k * edf)
}

# ------------------------------------------------------------------ influence measures

lm.influence <- function(model, do.coef = TRUE) {
    wt.res <- weighted.residuals(model)
    e <- na.omit(wt.res)
    is.mlm <- is.matrix(e)
    if (model$rank == 0) {
        n <- length(wt.res)
        sigma <- sqrt(deviance(model) / df.residual(model))
        res <- list(hat = rep(0, n), coefficients = matrix(0, n, 0), sigma = rep(sigma, n))
    } else {
        # a case with leverage 1 must have residual exactly 0 (no Inf below)
        e[abs(e) < 100 * .Machine$double.eps * median(abs(e))] <- 0
        mqr <- qr.lm(model)
        n <- as.integer(nrow(mqr$qr))
        if (NROW(e) != n) stop("non-NA residual length does not match cases used in fitting")
        do.coef <- as.logical(do.coef)
        ok <- seq_len(mqr$rank)
        Q <- qr.Q(mqr)[, ok, drop = FALSE]
        res <- .rlambda_lminfl(Q, e, 10 * .Machine$double.eps)
        if (do.coef) {
            R <- qr.R(mqr)[ok, ok, drop = FALSE]
            hat <- res$hat
            invRQtt <- t(backsolve(R, t(Q)))
            if (is.mlm) {
                cf <- array(0, c(n, NCOL(Q), NCOL(e)))
                for (j in seq_len(NCOL(e))) cf[, , j] <- invRQtt * ifelse(hat == 1, 0, e[, j] / (1 - hat))
            } else cf <- invRQtt * ifelse(hat == 1, 0, e / (1 - hat))
            res$coefficients <- cf
        }
        drop1d <- function(a) {
            d <- dim(a)
            if (length(d) == 3L && d[[3L]] == 1L) dim(a) <- d[-3L]
            a
        }
        if (is.null(model$na.action)) {
            if (!is.mlm) {
                res$sigma <- drop(res$sigma)
                if (do.coef) res$coefficients <- drop1d(res$coefficients)
            }
        } else {
            hat <- naresid(model$na.action, res$hat)
            hat[is.na(hat)] <- 0
            res$hat <- hat
            if (do.coef) {
                coefficients <- naresid(model$na.action, res$coefficients)
                coefficients[is.na(coefficients)] <- 0
                res$coefficients <- if (is.mlm) coefficients else drop1d(coefficients)
            }
            sigma <- naresid(model$na.action, res$sigma)
            sigma[is.na(sigma)] <- sqrt(deviance(model) / df.residual(model))
            res$sigma <- if (is.mlm) sigma else drop(sigma)
        }
    }
    res$wt.res <- naresid(model$na.action, e)
    res$hat[res$hat > 1 - 10 * .Machine$double.eps] <- 1
    names(res$hat) <- names(res$sigma) <- names(res$wt.res)
    if (do.coef) {
        cf <- coef(model)
        if (is.mlm) {
            dnr <- dimnames(res$wt.res)
            dimnames(res$coefficients) <- list(dnr[[1L]], rownames(cf)[!apply(cf, 1L, anyNA)], dnr[[2L]])
        } else dimnames(res$coefficients) <- list(names(res$wt.res), names(cf)[!is.na(cf)])
    }
    res[c("hat", "coefficients", "sigma", "wt.res")]
}

influence.measures <- function(model, infl = influence(model)) {
    is.influential <- function(infmat, n) {
        d <- dim(infmat)
        k <- d[[length(d)]] - 4L
        if (n <= k) stop("too few cases i with h_ii > 0), n < k")
        absmat <- abs(infmat)
        r <- if (is.matrix(infmat))
                 cbind(absmat[, 1L:k] > 1, absmat[, k + 1] > 3 * sqrt(k / (n - k)),
                       abs(1 - infmat[, k + 2]) > (3 * k) / (n - k), pf(infmat[, k + 3], k, n - k) > 0.5,
                       infmat[, k + 4] > (3 * k) / n)
             else c(absmat[, , 1L:k] > 1, absmat[, , k + 1] > 3 * sqrt(k / (n - k)),
                    abs(1 - infmat[, , k + 2]) > (3 * k) / (n - k), pf(infmat[, , k + 3], k, n - k) > 0.5,
                    infmat[, , k + 4] > (3 * k) / n)
        attributes(r) <- attributes(infmat)
        r
    }
    p <- model$rank
    e <- weighted.residuals(model)
    s <- sqrt(sum(e^2, na.rm = TRUE) / df.residual(model))
    mqr <- qr.lm(model)
    xxi <- chol2inv(mqr$qr, mqr$rank)
    si <- infl$sigma
    h <- infl$hat
    is.mlm <- is.matrix(e)
    cf <- if (is.mlm) aperm(infl$coefficients, c(1L, 3:2)) else infl$coefficients
    dfbetas <- cf / outer(infl$sigma, sqrt(diag(xxi)))
    vn <- variable.names(model)
    vn[vn == "(Intercept)"] <- "1_"
    dimnames(dfbetas)[[length(dim(dfbetas))]] <- paste0("dfb.", abbreviate(vn))
    dffits <- e * sqrt(h) / (si * (1 - h))
    if (any(ii <- is.infinite(dffits))) dffits[ii] <- NaN
    cov.ratio <- (si / s)^(2 * p) / (1 - h)
    cooks.d <- if (inherits(model, "glm")) (infl$pear.res / (1 - h))^2 * h / (summary(model)$dispersion * p)
               else ((e / (s * (1 - h)))^2 * h) / p
    infmat <- if (is.mlm) {
        dns <- dimnames(dfbetas)
        dns[[3]] <- c(dns[[3]], "dffit", "cov.r", "cook.d", "hat")
        a <- array(dfbetas, dim = dim(dfbetas) + c(0, 0, 3 + 1), dimnames = dns)
        a[, , "dffit"] <- dffits
        a[, , "cov.r"] <- cov.ratio
        a[, , "cook.d"] <- cooks.d
        a[, , "hat"] <- h
        a
    } else cbind(dfbetas, dffit = dffits, cov.r = cov.ratio, cook.d = cooks.d, hat = h)
    infmat[is.infinite(infmat)] <- NaN
    is.inf <- is.influential(infmat, sum(h > 0))
    ans <- list(infmat = infmat, is.inf = is.inf, call = model$call)
    class(ans) <- "infl"
    ans
}

print.infl <- function(x, digits = max(3L, getOption("digits") - 4L), ...) {
    cat("Influence measures of\n\t", deparse(x$call), ":\n\n")
    is.star <- apply(x$is.inf, 1L, any, na.rm = TRUE)
    print(data.frame(x$infmat, inf = ifelse(is.star, "*", " ")), digits = digits, ...)
    invisible(x)
}

summary.infl <- function(object, digits = max(2L, getOption("digits") - 5L), ...) {
    is.inf <- object$is.inf
    isMLM <- length(dim(is.inf)) == 3L
    is.inf[is.na(is.inf)] <- FALSE
    is.star <- apply(is.inf, 1L, any)
    cat("Potentially influential observations of\n\t", deparse(object$call), ":\n")
    if (any(is.star)) {
        if (isMLM) {
            is.inf <- is.inf[is.star, , ]
            imat <- object$infmat[is.star, , , drop = FALSE]
        } else {
            is.inf <- is.inf[is.star, ]
            imat <- object$infmat[is.star, , drop = FALSE]
        }
        rownam <- dimnames(object$infmat)[[1L]]
        if (is.null(rownam)) rownam <- format(seq(is.star))
        dimnames(imat)[[1L]] <- rownam[is.star]
        chmat <- format(round(imat, digits = digits))
        cat("\n")
        print(array(paste0(chmat, c("", "_*")[1L + is.inf]), dimnames = dimnames(imat), dim = dim(imat)), quote = FALSE)
        invisible(imat)
    } else {
        cat("NONE\n")
        numeric()
    }
}

lsfit <- function(x, y, wt = NULL, intercept = TRUE, tolerance = 1e-07, yname = NULL) {
    x <- as.matrix(x)
    y <- as.matrix(y)
    xnames <- colnames(x)
    if (is.null(xnames)) {
        if (ncol(x) == 1L) xnames <- "X"
        else xnames <- paste0("X", 1L:ncol(x))
    }
    if (intercept) {
        x <- cbind(1, x)
        xnames <- c("Intercept", xnames)
    }
    if (is.null(yname) && ncol(y) > 1) yname <- paste0("Y", 1L:ncol(y))
    good <- complete.cases(x, y, wt)
    dimy <- dim(as.matrix(y))
    if (any(!good)) {
        warning(sprintf(ngettext(sum(!good), "%d missing value deleted", "%d missing values deleted"), sum(!good)),
                domain = NA)
        x <- as.matrix(x)[good, , drop = FALSE]
        y <- as.matrix(y)[good, , drop = FALSE]
        wt <- wt[good]
    }
    nrx <- NROW(x)
    ncx <- NCOL(x)
    nry <- NROW(y)
    ncy <- NCOL(y)
    nwts <- length(wt)
    if (nry != nrx)
        stop(sprintf(paste0(ngettext(nrx, "'X' matrix has %d case (row)", "'X' matrix has %d cases (rows)"), ", ",
                            ngettext(nry, "'Y' has %d case (row)", "'Y' has %d cases (rows)")), nrx, nry), domain = NA)
    if (nry < ncx)
        stop(sprintf(paste0(ngettext(nry, "only %d case", "only %d cases"), ", ",
                            ngettext(ncx, "but %d variable", "but %d variables")), nry, ncx), domain = NA)
    if (!is.null(wt)) {
        if (any(wt < 0)) stop("negative weights not allowed")
        if (nwts != nry) stop(gettextf("number of weights = %d should equal %d (number of responses)", nwts, nry), domain = NA)
        wtmult <- wt^0.5
        if (any(wt == 0)) {
            xzero <- as.matrix(x)[wt == 0, ]
            yzero <- as.matrix(y)[wt == 0, ]
        }
        x <- x * wtmult
        y <- y * wtmult
        invmult <- 1 / ifelse(wt == 0, 1, wtmult)
    }
    z <- .rlambda_Cdqrls(x, y, tolerance, FALSE)
    resids <- array(NA, dim = dimy)
    dim(z$residuals) <- c(nry, ncy)
    if (!is.null(wt)) {
        if (any(wt == 0)) {
            if (ncx == 1L) fitted.zeros <- xzero * z$coefficients
            else fitted.zeros <- xzero %*% z$coefficients
            z$residuals[wt == 0, ] <- yzero - fitted.zeros
        }
        z$residuals <- z$residuals * invmult
    }
    resids[good, ] <- z$residuals
    if (dimy[2L] == 1 && is.null(yname)) {
        resids <- drop(resids)
        names(z$coefficients) <- xnames
    } else {
        colnames(resids) <- yname
        colnames(z$effects) <- yname
        dim(z$coefficients) <- c(ncx, ncy)
        dimnames(z$coefficients) <- list(xnames, yname)
    }
    z$qr <- as.matrix(z$qr)
    colnames(z$qr) <- xnames
    output <- list(coefficients = z$coefficients, residuals = resids)
    if (z$rank != ncx) {
        xnames <- xnames[z$pivot]
        dimnames(z$qr) <- list(NULL, xnames)
        warning("'X' matrix was collinear")
    }
    if (!is.null(wt)) {
        weights <- rep.int(NA, dimy[1L])
        weights[good] <- wt
        output <- c(output, list(wt = weights))
    }
    rqr <- list(qt = drop(z$effects), qr = z$qr, qraux = z$qraux, rank = z$rank, pivot = z$pivot, tol = z$tol)
    oldClass(rqr) <- "qr"
    output <- c(output, list(intercept = intercept, qr = rqr))
    output
}

influence <- function(model, ...) UseMethod("influence")
influence.lm <- function(model, do.coef = TRUE, ...) lm.influence(model, do.coef = do.coef, ...)

hatvalues <- function(model, ...) UseMethod("hatvalues")
hatvalues.lm <- function(model, infl = lm.influence(model, do.coef = FALSE), ...)
    setNames(naresid(model$na.action, infl$hat), names(infl$wt.res))

rstandard <- function(model, ...) UseMethod("rstandard")
rstandard.lm <- function(model, infl = lm.influence(model, do.coef = FALSE),
                         sd = sqrt(deviance(model) / df.residual(model)),
                         type = c("sd.1", "predictive"), ...) {
    type <- match.arg(type)
    res <- infl$wt.res / switch(type, sd.1 = sd * sqrt(1 - infl$hat), predictive = 1 - infl$hat)
    res[is.infinite(res)] <- NaN
    naresid(model$na.action, res)
}

rstudent <- function(model, ...) UseMethod("rstudent")
rstudent.lm <- function(model, infl = lm.influence(model, do.coef = FALSE), res = infl$wt.res, ...) {
    res <- res / (infl$sigma * sqrt(1 - infl$hat))
    res[is.infinite(res)] <- NaN
    naresid(model$na.action, res)
}

dffits <- function(model, infl = lm.influence(model, do.coef = FALSE), res = weighted.residuals(model)) {
    res <- res * sqrt(infl$hat) / (infl$sigma * (1 - infl$hat))
    res[is.infinite(res)] <- NaN
    naresid(model$na.action, res)
}

dfbeta <- function(model, ...) UseMethod("dfbeta")
dfbeta.lm <- function(model, infl = lm.influence(model, do.coef = TRUE), ...) {
    b <- infl$coefficients
    dimnames(b) <- list(names(infl$wt.res), variable.names(model))
    naresid(model$na.action, b)
}

dfbetas <- function(model, ...) UseMethod("dfbetas")
dfbetas.lm <- function(model, infl = lm.influence(model, do.coef = TRUE), ...) {
    qrm <- qr.lm(model)
    xxi <- chol2inv(qrm$qr, qrm$rank)
    dfbeta(model, infl) / outer(infl$sigma, sqrt(diag(xxi)))
}

covratio <- function(model, infl = lm.influence(model, do.coef = FALSE), res = weighted.residuals(model)) {
    n <- nrow(qr.lm(model)$qr)
    p <- model$rank
    omh <- 1 - infl$hat
    e.star <- res / (infl$sigma * sqrt(omh))
    e.star[is.infinite(e.star)] <- NaN
    1 / (omh * (((n - p - 1) + e.star^2) / (n - p))^p)
}

cooks.distance <- function(model, ...) UseMethod("cooks.distance")
cooks.distance.lm <- function(model, infl = lm.influence(model, do.coef = FALSE),
                              res = weighted.residuals(model),
                              sd = sqrt(deviance(model) / df.residual(model)), hat = infl$hat, ...) {
    p <- model$rank
    res <- ((res / (sd * (1 - hat)))^2 * hat) / p
    res[is.infinite(res)] <- NaN
    res
}

# ------------------------------------------------------------------ glm families (family.R)

print.family <- function(x, ...) {
    cat("\nFamily:", x$family, "\n")
    cat("Link function:", x$link, "\n\n")
    invisible(x)
}

power <- function(lambda = 1) {
    if (!is.numeric(lambda) || is.na(lambda)) stop("invalid argument 'lambda'")
    if (lambda <= 0) return(make.link("log"))
    if (lambda == 1) return(make.link("identity"))
    structure(list(linkfun = function(mu) mu^lambda,
                   linkinv = function(eta) pmax(eta^(1 / lambda), .Machine$double.eps),
                   mu.eta = function(eta) pmax((1 / lambda) * eta^(1 / lambda - 1), .Machine$double.eps),
                   valideta = function(eta) all(is.finite(eta)) && all(eta > 0),
                   name = paste0("mu^", round(lambda, 3))), class = "link-glm")
}

make.link <- function(link) {
    always <- function(eta) TRUE
    positive <- function(eta) all(is.finite(eta)) && all(eta > 0)
    fns <- switch(link,
        logit = list(function(mu) .rlambda_logit_link(mu), function(eta) .rlambda_logit_linkinv(eta),
                     function(eta) .rlambda_logit_mu_eta(eta), always),
        probit = list(function(mu) qnorm(mu),
                      function(eta) {
                          thresh <- -qnorm(.Machine$double.eps)
                          pnorm(pmin(pmax(eta, -thresh), thresh))
                      },
                      function(eta) pmax(dnorm(eta), .Machine$double.eps), always),
        cauchit = list(function(mu) qcauchy(mu),
                       function(eta) {
                           thresh <- -qcauchy(.Machine$double.eps)
                           pcauchy(pmin(pmax(eta, -thresh), thresh))
                       },
                       function(eta) pmax(dcauchy(eta), .Machine$double.eps), always),
        cloglog = list(function(mu) log(-log(1 - mu)),
                       function(eta) pmax(pmin(-expm1(-exp(eta)), 1 - .Machine$double.eps), .Machine$double.eps),
                       function(eta) {
                           eta <- pmin(eta, 700)
                           pmax(exp(eta) * exp(-exp(eta)), .Machine$double.eps)
                       }, always),
        identity = list(function(mu) mu, function(eta) eta, function(eta) rep.int(1, length(eta)), always),
        log = list(function(mu) log(mu), function(eta) pmax(exp(eta), .Machine$double.eps),
                   function(eta) pmax(exp(eta), .Machine$double.eps), always),
        sqrt = list(function(mu) sqrt(mu), function(eta) eta^2, function(eta) 2 * eta, positive),
        "1/mu^2" = list(function(mu) 1 / mu^2, function(eta) 1 / sqrt(eta), function(eta) -1 / (2 * eta^1.5), positive),
        inverse = list(function(mu) 1 / mu, function(eta) 1 / eta, function(eta) -1 / (eta^2),
                       function(eta) all(is.finite(eta)) && all(eta != 0)),
        stop(gettextf("%s link not recognised", sQuote(link)), domain = NA))
    structure(list(linkfun = fns[[1L]], linkinv = fns[[2L]], mu.eta = fns[[3L]], valideta = fns[[4L]],
                   name = link), class = "link-glm")
}

# The link object of a family constructor: a name among okLinks, a character string, or a "link-glm".
.familyLink <- function(linktemp, link, okLinks, family) {
    if (linktemp %in% okLinks) return(list(make.link(linktemp), linktemp))
    if (is.character(link)) return(list(make.link(link), link))
    if (inherits(link, "link-glm")) return(list(link, if (!is.null(link$name)) link$name else linktemp))
    stop(gettextf('link "%s" not available for %s family; available links are %s',
                  linktemp, family, paste(sQuote(okLinks), collapse = ", ")), domain = NA)
}

.makeFamily <- function(family, lk, variance, dev.resids, aic, initialize, validmu, ...)
    structure(list(family = family, link = lk[[2L]], linkfun = lk[[1L]]$linkfun, linkinv = lk[[1L]]$linkinv,
                   variance = variance, dev.resids = dev.resids, aic = aic, mu.eta = lk[[1L]]$mu.eta,
                   initialize = initialize, validmu = validmu, valideta = lk[[1L]]$valideta, ...),
              class = "family")

.binomInitialize <- function(family) substitute({
    if (NCOL(y) == 1) {
        if (is.factor(y)) y <- y != levels(y)[1L]
        n <- rep.int(1, nobs)
        y[weights == 0] <- 0
        if (any(y < 0 | y > 1)) stop("y values must be 0 <= y <= 1")
        mustart <- (weights * y + 0.5) / (weights + 1)
        m <- weights * y
        if (FAMILY == "binomial" && any(abs(m - round(m)) > 1e-3))
            warning(gettextf("non-integer #successes in a %s glm!", FAMILY), domain = NA)
    } else if (NCOL(y) == 2) {
        if (FAMILY == "binomial" && any(abs(y - round(y)) > 1e-3))
            warning(gettextf("non-integer counts in a %s glm!", FAMILY), domain = NA)
        n <- (y1 <- y[, 1L]) + y[, 2L]
        y <- y1 / n
        if (any(n0 <- n == 0)) y[n0] <- 0
        weights <- weights * n
        mustart <- (n * y + 0.5) / (n + 1)
    } else stop(gettextf("for the '%s' family, y must be a vector of 0 and 1's\nor a 2 column matrix where col 1 is no. successes and col 2 is no. failures",
                         FAMILY), domain = NA)
}, list(FAMILY = family))

.poissonDevResids <- function(y, mu, wt) {
    r <- mu * wt
    p <- which(y > 0)
    r[p] <- (wt * (y * log(y / mu) - (y - mu)))[p]
    2 * r
}

binomial <- function(link = "logit") {
    linktemp <- substitute(link)
    if (!is.character(linktemp)) linktemp <- deparse(linktemp)
    lk <- .familyLink(linktemp, link, c("logit", "probit", "cloglog", "cauchit", "log"), "binomial")
    .makeFamily("binomial", lk, function(mu) mu * (1 - mu),
                function(y, mu, wt) .rlambda_binomial_dev_resids(y, mu, wt),
                function(y, n, mu, wt, dev) {
                    m <- if (any(n > 1)) n else wt
                    -2 * sum(ifelse(m > 0, (wt / m), 0) * dbinom(round(m * y), round(m), mu, log = TRUE))
                },
                .binomInitialize("binomial"),
                function(mu) all(is.finite(mu)) && all(mu > 0 & mu < 1))
}

quasibinomial <- function(link = "logit") {
    linktemp <- substitute(link)
    if (!is.character(linktemp)) linktemp <- deparse(linktemp)
    lk <- .familyLink(linktemp, link, c("logit", "probit", "cloglog", "cauchit", "log"), "quasibinomial")
    .makeFamily("quasibinomial", lk, function(mu) mu * (1 - mu),
                function(y, mu, wt) .rlambda_binomial_dev_resids(y, mu, wt),
                function(y, n, mu, wt, dev) NA, .binomInitialize("quasibinomial"),
                function(mu) all(is.finite(mu)) && all(0 < mu & mu < 1))
}

poisson <- function(link = "log") {
    linktemp <- substitute(link)
    if (!is.character(linktemp)) linktemp <- deparse(linktemp)
    lk <- .familyLink(linktemp, link, c("log", "identity", "sqrt"), "poisson")
    .makeFamily("poisson", lk, function(mu) mu, .poissonDevResids,
                function(y, n, mu, wt, dev) -2 * sum(dpois(y, mu, log = TRUE) * wt),
                expression({
                    if (any(y < 0)) stop("negative values not allowed for the 'Poisson' family")
                    n <- rep.int(1, nobs)
                    mustart <- y + 0.1
                }),
                function(mu) all(is.finite(mu)) && all(mu > 0))
}

quasipoisson <- function(link = "log") {
    linktemp <- substitute(link)
    if (!is.character(linktemp)) linktemp <- deparse(linktemp)
    lk <- .familyLink(linktemp, link, c("log", "identity", "sqrt"), "quasipoisson")
    .makeFamily("quasipoisson", lk, function(mu) mu, .poissonDevResids,
                function(y, n, mu, wt, dev) NA,
                expression({
                    if (any(y < 0)) stop("negative values not allowed for the 'quasiPoisson' family")
                    n <- rep.int(1, nobs)
                    mustart <- y + 0.1
                }),
                function(mu) all(is.finite(mu)) && all(mu > 0))
}

gaussian <- function(link = "identity") {
    linktemp <- substitute(link)
    if (!is.character(linktemp)) linktemp <- deparse(linktemp)
    lk <- .familyLink(linktemp, link, c("inverse", "log", "identity"), "gaussian")
    .makeFamily("gaussian", lk, function(mu) rep.int(1, length(mu)),
                function(y, mu, wt) wt * ((y - mu)^2),
                function(y, n, mu, wt, dev) {
                    nobs <- length(y)
                    nobs * (log(dev / nobs * 2 * pi) + 1) + 2 - sum(log(wt))
                },
                expression({
                    n <- rep.int(1, nobs)
                    if (is.null(etastart) && is.null(start) && is.null(mustart) &&
                        ((family$link == "inverse" && any(y == 0)) || (family$link == "log" && any(y <= 0))))
                        stop("cannot find valid starting values: please specify some")
                    mustart <- y
                }),
                function(mu) TRUE)
}

Gamma <- function(link = "inverse") {
    linktemp <- substitute(link)
    if (!is.character(linktemp)) linktemp <- deparse(linktemp)
    lk <- .familyLink(linktemp, link, c("inverse", "log", "identity"), "Gamma")
    .makeFamily("Gamma", lk, function(mu) mu^2,
                function(y, mu, wt) -2 * wt * (log(ifelse(y == 0, 1, y / mu)) - (y - mu) / mu),
                function(y, n, mu, wt, dev) {
                    n <- sum(wt)
                    disp <- dev / n
                    -2 * sum(dgamma(y, 1 / disp, scale = mu * disp, log = TRUE) * wt) + 2
                },
                expression({
                    if (any(y <= 0)) stop("non-positive values not allowed for the 'Gamma' family")
                    n <- rep.int(1, nobs)
                    mustart <- y
                }),
                function(mu) all(is.finite(mu)) && all(mu > 0))
}

inverse.gaussian <- function(link = "1/mu^2") {
    linktemp <- substitute(link)
    if (!is.character(linktemp)) linktemp <- deparse(linktemp)
    lk <- .familyLink(linktemp, link, c("inverse", "log", "identity", "1/mu^2"), "inverse.gaussian")
    .makeFamily("inverse.gaussian", lk, function(mu) mu^3,
                function(y, mu, wt) wt * ((y - mu)^2) / (y * mu^2),
                function(y, n, mu, wt, dev) sum(wt) * (1 + log(dev / sum(wt) * 2 * pi)) + 3 * sum(log(y) * wt) + 2,
                expression({
                    if (any(y <= 0)) stop("positive values only are allowed for the 'inverse.gaussian' family")
                    n <- rep.int(1, nobs)
                    mustart <- y
                }),
                function(mu) TRUE)
}

quasi <- function(link = "identity", variance = "constant") {
    linktemp <- substitute(link)
    if (!is.character(linktemp)) linktemp <- deparse(linktemp)
    if (linktemp %in% c("logit", "probit", "cloglog", "identity", "inverse", "log", "1/mu^2", "sqrt"))
        stats <- make.link(linktemp)
    else if (is.character(link)) {
        stats <- make.link(link)
        linktemp <- link
    } else {
        stats <- link
        linktemp <- if (!is.null(stats$name)) stats$name else deparse(linktemp)
    }
    vtemp <- substitute(variance)
    if (is.list(variance) && !anyNA(match(c("varfun", "validmu"), names(variance)))) {
        v <- variance
        vname <- variance$name
    } else {
        if (!is.character(vtemp)) vtemp <- deparse(vtemp)
        vname <- vtemp <- gsub(" ", "", vtemp, fixed = TRUE)
        v <- switch(vtemp,
            constant = list(varfun = function(mu) rep.int(1, length(mu)),
                            dev.resids = function(y, mu, wt) wt * ((y - mu)^2),
                            validmu = function(mu) TRUE,
                            initialize = expression({n <- rep.int(1, nobs); mustart <- y})),
            "mu(1-mu)" = list(varfun = function(mu) mu * (1 - mu),
                              validmu = function(mu) all(mu > 0) && all(mu < 1),
                              dev.resids = function(y, mu, wt) .rlambda_binomial_dev_resids(y, mu, wt),
                              initialize = expression({n <- rep.int(1, nobs); mustart <- pmax(0.001, pmin(0.999, y))})),
            mu = list(varfun = function(mu) mu, validmu = function(mu) all(mu > 0),
                      dev.resids = function(y, mu, wt) 2 * wt * (y * log(ifelse(y == 0, 1, y / mu)) - (y - mu)),
                      initialize = expression({n <- rep.int(1, nobs); mustart <- y + 0.1 * (y == 0)})),
            "mu^2" = list(varfun = function(mu) mu^2, validmu = function(mu) all(mu > 0),
                          dev.resids = function(y, mu, wt) pmax(-2 * wt * (log(ifelse(y == 0, 1, y) / mu) - (y - mu) / mu), 0),
                          initialize = expression({n <- rep.int(1, nobs); mustart <- y + 0.1 * (y == 0)})),
            "mu^3" = list(varfun = function(mu) mu^3, validmu = function(mu) all(mu > 0),
                          dev.resids = function(y, mu, wt) wt * ((y - mu)^2) / (y * mu^2),
                          initialize = expression({n <- rep.int(1, nobs); mustart <- y + 0.1 * (y == 0)})),
            stop(gettextf('\'variance\' "%s" is invalid: possible values are "mu(1-mu)", "mu", "mu^2", "mu^3" and "constant"', vtemp), domain = NA))
    }
    structure(list(family = "quasi", link = linktemp, linkfun = stats$linkfun, linkinv = stats$linkinv,
                   variance = v$varfun, dev.resids = v$dev.resids, aic = function(y, n, mu, wt, dev) NA,
                   mu.eta = stats$mu.eta, initialize = v$initialize, validmu = v$validmu,
                   valideta = stats$valideta, varfun = vname), class = "family")
}

family.lm <- function(object, ...) gaussian()
family.glm <- function(object, ...) object$family

# ------------------------------------------------------------------ glm (glm.R)

glm.control <- function(epsilon = 1e-8, maxit = 25, trace = FALSE) {
    if (!is.numeric(epsilon) || epsilon <= 0) stop("value of 'epsilon' must be > 0")
    if (!is.numeric(maxit) || maxit <= 0) stop("maximum number of iterations must be > 0")
    list(epsilon = epsilon, maxit = maxit, trace = trace)
}

glm <- function(formula, family = gaussian, data, weights, subset, na.action, start = NULL,
                etastart, mustart, offset, control = list(...), model = TRUE, method = "glm.fit",
                x = FALSE, y = TRUE, singular.ok = TRUE, contrasts = NULL, ...) {
    cal <- match.call()
    if (is.character(family)) family <- get(family, mode = "function", envir = parent.frame())
    if (is.function(family)) family <- family()
    if (is.null(family$family)) {
        print(family)
        stop("'family' not recognized")
    }
    if (missing(data)) data <- environment(formula)
    mf <- match.call(expand.dots = FALSE)
    m <- match(c("formula", "data", "subset", "weights", "na.action", "etastart", "mustart", "offset"), names(mf), 0L)
    mf <- mf[c(1L, m)]
    mf$drop.unused.levels <- TRUE
    mf[[1L]] <- quote(model.frame)
    mf <- eval(mf, parent.frame())
    if (identical(method, "model.frame")) return(mf)
    if (!is.character(method) && !is.function(method)) stop("invalid 'method' argument")
    if (identical(method, "glm.fit")) control <- do.call("glm.control", control)
    mt <- attr(mf, "terms")
    Y <- model.response(mf, "any")
    if (length(dim(Y)) == 1L) {
        nm <- rownames(Y)
        dim(Y) <- NULL
        if (!is.null(nm)) names(Y) <- nm
    }
    X <- if (!is.empty.model(mt)) model.matrix(mt, mf, contrasts) else matrix(, NROW(Y), 0L)
    weights <- as.vector(model.weights(mf))
    if (!is.null(weights) && !is.numeric(weights)) stop("'weights' must be a numeric vector")
    if (!is.null(weights) && any(weights < 0)) stop("negative weights not allowed")
    offset <- as.vector(model.offset(mf))
    if (!is.null(offset) && length(offset) != NROW(Y))
        stop(gettextf("number of offsets is %d should equal %d (number of observations)", length(offset), NROW(Y)), domain = NA)
    mustart <- model.extract(mf, "mustart")
    etastart <- model.extract(mf, "etastart")
    fitter <- if (is.function(method)) method else get(method, mode = "function")
    fit <- fitter(x = X, y = Y, weights = weights, start = start, etastart = etastart, mustart = mustart,
                  offset = offset, family = family, control = control,
                  intercept = attr(mt, "intercept") > 0L, singular.ok = singular.ok)
    if (length(offset) && attr(mt, "intercept") > 0L) {
        fit2 <- fitter(x = X[, "(Intercept)", drop = FALSE], y = Y, mustart = fit$fitted.values,
                       weights = weights, offset = offset, family = family, control = control, intercept = TRUE)
        if (!fit2$converged)
            warning("fitting to calculate the null deviance did not converge -- increase 'maxit'?")
        fit$null.deviance <- fit2$deviance
    }
    if (model) fit$model <- mf
    fit$na.action <- attr(mf, "na.action")
    if (x) fit$x <- X
    if (!y) fit$y <- NULL
    structure(c(fit, list(call = cal, formula = formula, terms = mt, data = data, offset = offset,
                          control = control, method = method, contrasts = attr(X, "contrasts"),
                          xlevels = .getXlevels(mt, mf))),
              class = c(fit$class, c("glm", "lm")))
}

# Iteratively reweighted least squares, as GNU R's glm.fit: same starting values (the family's
# initialize expression), step halving, convergence test and warnings.
glm.fit <- function(x, y, weights = rep.int(1, nobs), start = NULL, etastart = NULL, mustart = NULL,
                    offset = rep.int(0, nobs), family = gaussian(), control = list(), intercept = TRUE,
                    singular.ok = TRUE) {
    control <- do.call("glm.control", control)
    x <- as.matrix(x)
    xnames <- dimnames(x)[[2L]]
    ynames <- if (is.matrix(y)) rownames(y) else names(y)
    conv <- FALSE
    nobs <- NROW(y)
    nvars <- ncol(x)
    EMPTY <- nvars == 0
    if (is.null(weights)) weights <- rep.int(1, nobs)
    if (is.null(offset)) offset <- rep.int(0, nobs)
    variance <- family$variance
    linkinv <- family$linkinv
    if (!is.function(variance) || !is.function(linkinv))
        stop("'family' argument seems not to be a valid family object", call. = FALSE)
    dev.resids <- family$dev.resids
    aic <- family$aic
    mu.eta <- family$mu.eta
    valideta <- family$valideta
    if (is.null(valideta)) valideta <- function(eta) TRUE
    validmu <- family$validmu
    if (is.null(validmu)) validmu <- function(mu) TRUE
    if (is.null(mustart)) {
        eval(family$initialize)
    } else {
        mukeep <- mustart
        eval(family$initialize)
        mustart <- mukeep
    }
    if (EMPTY) {
        eta <- rep.int(0, nobs) + offset
        if (!valideta(eta)) stop("invalid linear predictor values in empty model", call. = FALSE)
        mu <- linkinv(eta)
        if (!validmu(mu)) stop("invalid fitted means in empty model", call. = FALSE)
        dev <- sum(dev.resids(y, mu, weights))
        w <- sqrt((weights * mu.eta(eta)^2) / variance(mu))
        residuals <- (y - mu) / mu.eta(eta)
        good <- rep_len(TRUE, length(residuals))
        boundary <- conv <- TRUE
        coef <- numeric()
        iter <- 0L
    } else {
        coefold <- NULL
        eta <- if (!is.null(etastart)) etastart
               else if (!is.null(start)) {
                   if (length(start) != nvars)
                       stop(gettextf("length of 'start' should equal %d and correspond to initial coefs for %s",
                                     nvars, paste(deparse(xnames), collapse = ", ")), domain = NA)
                   coefold <- start
                   offset + as.vector(if (NCOL(x) == 1L) x * start else x %*% start)
               } else family$linkfun(mustart)
        mu <- linkinv(eta)
        if (!(validmu(mu) && valideta(eta)))
            stop("cannot find valid starting values: please specify some", call. = FALSE)
        devold <- sum(dev.resids(y, mu, weights))
        boundary <- conv <- FALSE
        for (iter in 1L:control$maxit) {
            good <- weights > 0
            varmu <- variance(mu)[good]
            if (anyNA(varmu)) stop("NAs in V(mu)")
            if (any(varmu == 0)) stop("0s in V(mu)")
            mu.eta.val <- mu.eta(eta)
            if (any(is.na(mu.eta.val[good]))) stop("NAs in d(mu)/d(eta)")
            good <- (weights > 0) & (mu.eta.val != 0)
            if (all(!good)) {
                conv <- FALSE
                warning(gettextf("no observations informative at iteration %d", iter), domain = NA)
                break
            }
            z <- (eta - offset)[good] + (y - mu)[good] / mu.eta.val[good]
            w <- sqrt((weights[good] * mu.eta.val[good]^2) / variance(mu)[good])
            fit <- .rlambda_Cdqrls(x[good, , drop = FALSE] * w, z * w, min(1e-7, control$epsilon / 1000), FALSE)
            if (any(!is.finite(fit$coefficients))) {
                conv <- FALSE
                warning(gettextf("non-finite coefficients at iteration %d", iter), domain = NA)
                break
            }
            if (nobs < fit$rank)
                stop(sprintf(ngettext(nobs, "X matrix has rank %d, but only %d observation",
                                      "X matrix has rank %d, but only %d observations"), fit$rank, nobs), domain = NA)
            if (!singular.ok && fit$rank < nvars) stop("singular fit encountered")
            start[fit$pivot] <- fit$coefficients
            eta <- drop(x %*% start)
            mu <- linkinv(eta <- eta + offset)
            dev <- sum(dev.resids(y, mu, weights))
            if (control$trace) cat("Deviance = ", dev, " Iterations - ", iter, "\n", sep = "")
            boundary <- FALSE
            if (!is.finite(dev)) {
                if (is.null(coefold))
                    stop("no valid set of coefficients has been found: please supply starting values", call. = FALSE)
                warning("step size truncated due to divergence", call. = FALSE)
                ii <- 1
                while (!is.finite(dev)) {
                    if (ii > control$maxit) stop("inner loop 1; cannot correct step size", call. = FALSE)
                    ii <- ii + 1
                    start <- (start + coefold) / 2
                    eta <- drop(x %*% start)
                    mu <- linkinv(eta <- eta + offset)
                    dev <- sum(dev.resids(y, mu, weights))
                }
                boundary <- TRUE
                if (control$trace) cat("Step halved: new deviance = ", dev, "\n", sep = "")
            }
            if (!(valideta(eta) && validmu(mu))) {
                if (is.null(coefold))
                    stop("no valid set of coefficients has been found: please supply starting values", call. = FALSE)
                warning("step size truncated: out of bounds", call. = FALSE)
                ii <- 1
                while (!(valideta(eta) && validmu(mu))) {
                    if (ii > control$maxit) stop("inner loop 2; cannot correct step size", call. = FALSE)
                    ii <- ii + 1
                    start <- (start + coefold) / 2
                    eta <- drop(x %*% start)
                    mu <- linkinv(eta <- eta + offset)
                }
                boundary <- TRUE
                dev <- sum(dev.resids(y, mu, weights))
                if (control$trace) cat("Step halved: new deviance = ", dev, "\n", sep = "")
            }
            if (abs(dev - devold) / (0.1 + abs(dev)) < control$epsilon) {
                conv <- TRUE
                coef <- start
                break
            } else {
                devold <- dev
                coef <- coefold <- start
            }
        }
        if (!conv) warning("glm.fit: algorithm did not converge", call. = FALSE)
        if (boundary) warning("glm.fit: algorithm stopped at boundary value", call. = FALSE)
        eps <- 10 * .Machine$double.eps
        if (family$family == "binomial" && (any(mu > 1 - eps) || any(mu < eps)))
            warning("glm.fit: fitted probabilities numerically 0 or 1 occurred", call. = FALSE)
        if (family$family == "poisson" && any(mu < eps))
            warning("glm.fit: fitted rates numerically 0 occurred", call. = FALSE)
        if (fit$rank < nvars) coef[fit$pivot][seq.int(fit$rank + 1, nvars)] <- NA
        xxnames <- xnames[fit$pivot]
        residuals <- (y - mu) / mu.eta(eta)
        fit$qr <- as.matrix(fit$qr)
        nr <- min(sum(good), nvars)
        if (nr < nvars) {
            Rmat <- diag(nvars)
            Rmat[1L:nr, 1L:nvars] <- fit$qr[1L:nr, 1L:nvars]
        } else Rmat <- fit$qr[1L:nvars, 1L:nvars]
        Rmat <- as.matrix(Rmat)
        Rmat[row(Rmat) > col(Rmat)] <- 0
        names(coef) <- xnames
        colnames(fit$qr) <- xxnames
        dimnames(Rmat) <- list(xxnames, xxnames)
    }
    names(residuals) <- ynames
    names(mu) <- ynames
    names(eta) <- ynames
    wt <- rep.int(0, nobs)
    wt[good] <- w^2
    names(wt) <- ynames
    names(weights) <- ynames
    names(y) <- ynames
    if (!EMPTY) names(fit$effects) <- c(xxnames[seq_len(fit$rank)], rep.int("", sum(good) - fit$rank))
    wtdmu <- if (intercept) sum(weights * y) / sum(weights) else linkinv(offset)
    nulldev <- sum(dev.resids(y, wtdmu, weights))
    n.ok <- nobs - sum(weights == 0)
    nulldf <- n.ok - as.integer(intercept)
    rank <- if (EMPTY) 0 else fit$rank
    resdf <- n.ok - rank
    aic.model <- aic(y, n, mu, weights, dev) + 2 * rank
    list(coefficients = coef, residuals = residuals, fitted.values = mu,
         effects = if (!EMPTY) fit$effects, R = if (!EMPTY) Rmat, rank = rank,
         qr = if (!EMPTY) structure(fit[c("qr", "rank", "qraux", "pivot", "tol")], class = "qr"),
         family = family, linear.predictors = eta, deviance = dev, aic = aic.model,
         null.deviance = nulldev, iter = iter, weights = wt, prior.weights = weights,
         df.residual = resdf, df.null = nulldf, y = y, converged = conv, boundary = boundary)
}

print.glm <- function(x, digits = max(3L, getOption("digits") - 3L), ...) {
    cat("\nCall:  ", paste(deparse(x$call), sep = "\n", collapse = "\n"), "\n\n", sep = "")
    if (length(coef(x))) {
        cat("Coefficients")
        if (is.character(co <- x$contrasts))
            cat("  [contrasts: ", apply(cbind(names(co), co), 1L, paste, collapse = "="), "]")
        cat(":\n")
        print.default(format(x$coefficients, digits = digits), print.gap = 2, quote = FALSE)
    } else cat("No coefficients\n\n")
    cat("\nDegrees of Freedom:", x$df.null, "Total (i.e. Null); ", x$df.residual, "Residual\n")
    if (nzchar(mess <- naprint(x$na.action))) cat("  (", mess, ")\n", sep = "")
    cat("Null Deviance:\t   ", format(signif(x$null.deviance, digits)),
        "\nResidual Deviance:", format(signif(x$deviance, digits)), "\tAIC:", format(signif(x$aic, digits)))
    cat("\n")
    invisible(x)
}

summary.glm <- function(object, dispersion = NULL, correlation = FALSE, symbolic.cor = FALSE, ...) {
    est.disp <- FALSE
    df.r <- object$df.residual
    if (is.null(dispersion))
        dispersion <- if (object$family$family %in% c("poisson", "binomial")) 1
                      else if (df.r > 0) {
                          est.disp <- TRUE
                          if (any(object$weights == 0))
                              warning("observations with zero weight not used for calculating dispersion")
                          sum((object$weights * object$residuals^2)[object$weights > 0]) / df.r
                      } else {
                          est.disp <- TRUE
                          NaN
                      }
    aliased <- is.na(coef(object))
    p <- object$rank
    if (p > 0) {
        p1 <- 1L:p
        Qr <- qr.lm(object)
        coef.p <- object$coefficients[Qr$pivot[p1]]
        covmat.unscaled <- chol2inv(Qr$qr[p1, p1, drop = FALSE])
        dimnames(covmat.unscaled) <- list(names(coef.p), names(coef.p))
        covmat <- dispersion * covmat.unscaled
        var.cf <- diag(covmat)
        s.err <- sqrt(var.cf)
        tvalue <- coef.p / s.err
        dn <- c("Estimate", "Std. Error")
        if (!est.disp) {
            pvalue <- 2 * pnorm(-abs(tvalue))
            coef.table <- cbind(coef.p, s.err, tvalue, pvalue)
            dimnames(coef.table) <- list(names(coef.p), c(dn, "z value", "Pr(>|z|)"))
        } else if (df.r > 0) {
            pvalue <- 2 * pt(-abs(tvalue), df.r)
            coef.table <- cbind(coef.p, s.err, tvalue, pvalue)
            dimnames(coef.table) <- list(names(coef.p), c(dn, "t value", "Pr(>|t|)"))
        } else {
            coef.table <- cbind(coef.p, NaN, NaN, NaN)
            dimnames(coef.table) <- list(names(coef.p), c(dn, "t value", "Pr(>|t|)"))
        }
        df.f <- NCOL(Qr$qr)
    } else {
        coef.table <- matrix(, 0L, 4L)
        dimnames(coef.table) <- list(NULL, c("Estimate", "Std. Error", "t value", "Pr(>|t|)"))
        covmat.unscaled <- covmat <- matrix(, 0L, 0L)
        df.f <- length(aliased)
    }
    keep <- match(c("call", "terms", "family", "deviance", "aic", "contrasts", "df.residual",
                    "null.deviance", "df.null", "iter", "na.action"), names(object), 0L)
    ans <- c(object[keep],
             list(deviance.resid = residuals(object, type = "deviance"), coefficients = coef.table,
                  aliased = aliased, dispersion = dispersion, df = c(object$rank, df.r, df.f),
                  cov.unscaled = covmat.unscaled, cov.scaled = covmat))
    if (correlation && p > 0) {
        dd <- sqrt(diag(covmat.unscaled))
        ans$correlation <- covmat.unscaled / outer(dd, dd)
        ans$symbolic.cor <- symbolic.cor
    }
    class(ans) <- "summary.glm"
    ans
}

print.summary.glm <- function(x, digits = max(3L, getOption("digits") - 3L), symbolic.cor = x$symbolic.cor,
                              signif.stars = getOption("show.signif.stars"), ...) {
    cat("\nCall:\n", paste(deparse(x$call), sep = "\n", collapse = "\n"), "\n\n", sep = "")
    cat("Deviance Residuals: \n")
    if (x$df.residual > 5)
        x$deviance.resid <- setNames(quantile(x$deviance.resid, na.rm = TRUE), c("Min", "1Q", "Median", "3Q", "Max"))
    xx <- zapsmall(x$deviance.resid, digits + 1L)
    print.default(xx, digits = digits, na.print = "", print.gap = 2L)
    if (length(x$aliased) == 0L) {
        cat("\nNo Coefficients\n")
    } else {
        df <- if ("df" %in% names(x)) x[["df"]] else NULL
        if (!is.null(df) && (nsingular <- df[3L] - df[1L]))
            cat("\nCoefficients: (", nsingular, " not defined because of singularities)\n", sep = "")
        else cat("\nCoefficients:\n")
        coefs <- x$coefficients
        if (!is.null(aliased <- x$aliased) && any(aliased)) {
            cn <- names(aliased)
            coefs <- matrix(NA, length(aliased), 4L, dimnames = list(cn, colnames(coefs)))
            coefs[!aliased, ] <- x$coefficients
        }
        printCoefmat(coefs, digits = digits, signif.stars = signif.stars, na.print = "NA", ...)
    }
    cat("\n(Dispersion parameter for ", x$family$family, " family taken to be ", format(x$dispersion), ")\n\n",
        apply(cbind(paste(format(c("Null", "Residual"), justify = "right"), "deviance:"),
                    format(unlist(x[c("null.deviance", "deviance")]), digits = max(5L, digits + 1L)), " on",
                    format(unlist(x[c("df.null", "df.residual")])), " degrees of freedom\n"),
              1L, paste, collapse = " "), sep = "")
    if (nzchar(mess <- naprint(x$na.action))) cat("  (", mess, ")\n", sep = "")
    cat("AIC: ", format(x$aic, digits = max(4L, digits + 1L)), "\n\n",
        "Number of Fisher Scoring iterations: ", x$iter, "\n", sep = "")
    correl <- x$correlation
    if (!is.null(correl)) {
        p <- NCOL(correl)
        if (p > 1) {
            cat("\nCorrelation of Coefficients:\n")
            if (is.logical(symbolic.cor) && symbolic.cor) {
                print(symnum(correl, abbr.colnames = NULL))
            } else {
                correl <- format(round(correl, 2L), nsmall = 2L, digits = digits)
                correl[!lower.tri(correl)] <- ""
                print(correl[-1, -p, drop = FALSE], quote = FALSE)
            }
        }
    }
    cat("\n")
    invisible(x)
}

deviance.glm <- function(object, ...) object$deviance
effects.glm <- function(object, ...) object$effects

residuals.glm <- function(object, type = c("deviance", "pearson", "working", "response", "partial"), ...) {
    type <- match.arg(type)
    y <- object$y
    r <- object$residuals
    mu <- object$fitted.values
    wts <- object$prior.weights
    if (type %in% c("deviance", "pearson", "response") && is.null(y)) {
        mu.eta <- object$family$mu.eta
        eta <- object$linear.predictors
        y <- mu + r * mu.eta(eta)
    }
    res <- switch(type,
                  deviance = if (object$df.residual > 0) {
                      d.res <- sqrt(pmax((object$family$dev.resids)(y, mu, wts), 0))
                      ifelse(y > mu, d.res, -d.res)
                  } else rep.int(0, length(mu)),
                  pearson = (y - mu) * sqrt(wts) / sqrt(object$family$variance(mu)),
                  working = r,
                  response = y - mu,
                  partial = r)
    if (!is.null(object$na.action)) res <- naresid(object$na.action, res)
    if (type == "partial") res <- res + predict(object, type = "terms")
    res
}

model.frame.glm <- function(formula, ...) {
    dots <- list(...)
    nargs <- dots[match(c("data", "na.action", "subset"), names(dots), 0L)]
    if (length(nargs) || is.null(formula$model)) {
        fcall <- formula$call
        fcall$method <- "model.frame"
        fcall[[1L]] <- quote(glm)
        fcall[names(nargs)] <- nargs
        env <- environment(formula$terms)
        if (is.null(env)) env <- parent.frame()
        eval(fcall, env)
    } else formula$model
}

weights.glm <- function(object, type = c("prior", "working"), ...) {
    type <- match.arg(type)
    res <- if (type == "prior") object$prior.weights else object$weights
    if (is.null(object$na.action)) res else naresid(object$na.action, res)
}

formula.glm <- formula.lm

logLik.glm <- function(object, ...) {
    fam <- family(object)$family
    p <- object$rank
    if (fam %in% c("gaussian", "Gamma", "inverse.gaussian")) p <- p + 1
    val <- p - object$aic / 2
    attr(val, "nobs") <- sum(!is.na(object$residuals))
    attr(val, "df") <- p
    class(val) <- "logLik"
    val
}

extractAIC.glm <- function(fit, scale = 0, k = 2, ...) {
    n <- length(fit$residuals)
    edf <- n - fit$df.residual
    aic <- fit$aic
    c(edf, aic + (k - 2) * edf)
}

predict.glm <- function(object, newdata = NULL, type = c("link", "response", "terms"), se.fit = FALSE,
                        dispersion = NULL, terms = NULL, na.action = na.pass, ...) {
    type <- match.arg(type)
    na.act <- object$na.action
    object$na.action <- NULL
    if (!se.fit) {
        if (missing(newdata)) {
            pred <- switch(type, link = object$linear.predictors, response = object$fitted.values,
                           terms = predict.lm(object, se.fit = se.fit, scale = 1, type = "terms", terms = terms))
            if (!is.null(na.act)) pred <- napredict(na.act, pred)
        } else {
            pred <- predict.lm(object, newdata, se.fit, scale = 1, type = if (type == "link") "response" else type,
                               terms = terms, na.action = na.action)
            switch(type, response = { pred <- family(object)$linkinv(pred) }, link = , terms = )
        }
    } else {
        if (inherits(object, "survreg")) dispersion <- 1
        if (is.null(dispersion) || dispersion == 0) dispersion <- summary(object, dispersion = dispersion)$dispersion
        residual.scale <- as.vector(sqrt(dispersion))
        pred <- predict.lm(object, newdata, se.fit, scale = residual.scale,
                           type = if (type == "link") "response" else type, terms = terms, na.action = na.action)
        fit <- pred$fit
        se.fit <- pred$se.fit
        switch(type,
               response = {
                   se.fit <- se.fit * abs(family(object)$mu.eta(fit))
                   fit <- family(object)$linkinv(fit)
               },
               link = , terms = )
        if (missing(newdata) && !is.null(na.act)) {
            fit <- napredict(na.act, fit)
            se.fit <- napredict(na.act, se.fit)
        }
        pred <- list(fit = fit, se.fit = se.fit, residual.scale = residual.scale)
    }
    pred
}

anova.glm <- function(object, ..., dispersion = NULL, test = NULL) {
    dotargs <- list(...)
    named <- if (is.null(names(dotargs))) rep_len(FALSE, length(dotargs)) else (names(dotargs) != "")
    if (any(named))
        warning("the following arguments to 'anova.glm' are invalid and dropped: ",
                paste(deparse(dotargs[named]), collapse = ", "))
    dotargs <- dotargs[!named]
    is.glm <- vapply(dotargs, function(x) inherits(x, "glm"), NA)
    dotargs <- dotargs[is.glm]
    if (length(dotargs)) return(anova.glmlist(c(list(object), dotargs), dispersion = dispersion, test = test))
    doscore <- !is.null(test) && test == "Rao"
    varlist <- attr(object$terms, "variables")
    x <- if (n <- match("x", names(object), 0L)) object[[n]] else model.matrix(object)
    varseq <- attr(x, "assign")
    nvars <- max(0, varseq)
    resdev <- resdf <- NULL
    method <- object$method
    fitter <- if (is.function(method)) method else get(method, mode = "function")
    if (doscore) {
        score <- numeric(nvars)
        fit <- fitter(x = x[, varseq == 0, drop = FALSE], y = object$y, weights = object$prior.weights,
                      start = object$start, offset = object$offset, family = object$family, control = object$control)
        r <- fit$residuals
        w <- fit$weights
        icpt <- attr(object$terms, "intercept")
    }
    if (nvars > 1 || doscore) {
        y <- object$y
        if (is.null(y)) y <- object$fitted.values + object$residuals * object$family$mu.eta(object$linear.predictors)
        for (i in seq_len(max(nvars - 1L, 0))) {
            fit <- fitter(x = x[, varseq <= i, drop = FALSE], y = y, weights = object$prior.weights,
                          start = object$start, offset = object$offset, family = object$family,
                          control = object$control)
            if (doscore) {
                zz <- fitter(x = x[, varseq <= i, drop = FALSE], y = r, weights = w, intercept = icpt)
                score[i] <- zz$null.deviance - zz$deviance
                r <- fit$residuals
                w <- fit$weights
            }
            resdev <- c(resdev, fit$deviance)
            resdf <- c(resdf, fit$df.residual)
        }
        if (doscore) {
            zz <- fitter(x = x, y = r, weights = w, intercept = icpt)
            score[nvars] <- zz$null.deviance - zz$deviance
        }
    }
    resdf <- c(object$df.null, resdf, object$df.residual)
    resdev <- c(object$null.deviance, resdev, object$deviance)
    table <- data.frame(c(NA, -diff(resdf)), c(NA, pmax(0, -diff(resdev))), resdf, resdev)
    tl <- attr(object$terms, "term.labels")
    if (length(tl) == 0L) table <- table[1, , drop = FALSE]
    dimnames(table) <- list(c("NULL", tl), c("Df", "Deviance", "Resid. Df", "Resid. Dev"))
    if (doscore) table <- cbind(table, Rao = c(NA, score))
    title <- paste0("Analysis of Deviance Table", "\n\nModel: ", object$family$family, ", link: ",
                    object$family$link, "\n\nResponse: ", as.character(varlist[-1L])[1L],
                    "\n\nTerms added sequentially (first to last)\n\n")
    df.dispersion <- Inf
    if (is.null(dispersion)) {
        dispersion <- summary(object, dispersion = dispersion)$dispersion
        df.dispersion <- if (dispersion == 1) Inf else object$df.residual
    }
    if (!is.null(test)) {
        if (test == "F" && df.dispersion == Inf) {
            fam <- object$family$family
            if (fam == "binomial" || fam == "poisson")
                warning(gettextf("using F test with a '%s' family is inappropriate", fam), domain = NA)
            else warning("using F test with a fixed dispersion is inappropriate")
        }
        table <- stat.anova(table = table, test = test, scale = dispersion, df.scale = df.dispersion, n = NROW(x))
    }
    structure(table, heading = title, class = c("anova", "data.frame"))
}

anova.glmlist <- function(object, ..., dispersion = NULL, test = NULL) {
    doscore <- !is.null(test) && test == "Rao"
    responses <- as.character(lapply(object, function(x) deparse(formula(x)[[2L]])))
    sameresp <- responses == responses[1L]
    if (!all(sameresp)) {
        object <- object[sameresp]
        warning(gettextf("models with response %s removed because response differs from model 1",
                         sQuote(deparse(responses[!sameresp]))), domain = NA)
    }
    ns <- sapply(object, function(x) length(x$residuals))
    if (any(ns != ns[1L])) stop("models were not all fitted to the same size of dataset")
    nmodels <- length(object)
    if (nmodels == 1) return(anova.glm(object[[1L]], dispersion = dispersion, test = test))
    resdf <- as.numeric(lapply(object, function(x) x$df.residual))
    resdev <- as.numeric(lapply(object, function(x) x$deviance))
    if (doscore) {
        score <- numeric(nmodels)
        score[1] <- NA
        df <- -diff(resdf)
        for (i in seq_len(nmodels - 1)) {
            m1 <- if (df[i] > 0) object[[i]] else object[[i + 1]]
            m2 <- if (df[i] > 0) object[[i + 1]] else object[[i]]
            method <- m2$method
            fitter <- if (is.function(method)) method else get(method, mode = "function")
            zz <- fitter(x = model.matrix(m2), y = m1$residuals, weights = m1$weights,
                         intercept = attr(m1$terms, "intercept"))
            score[i + 1] <- zz$null.deviance - zz$deviance
            if (df[i] < 0) score[i + 1] <- -score[i + 1]
        }
    }
    table <- data.frame(resdf, resdev, c(NA, -diff(resdf)), c(NA, -diff(resdev)))
    variables <- lapply(object, function(x) paste(deparse(formula(x)), collapse = "\n"))
    dimnames(table) <- list(1L:nmodels, c("Resid. Df", "Resid. Dev", "Df", "Deviance"))
    if (doscore) table <- cbind(table, Rao = score)
    title <- "Analysis of Deviance Table\n"
    topnote <- paste0("Model ", format(1L:nmodels), ": ", variables, collapse = "\n")
    if (!is.null(test)) {
        bigmodel <- object[[order(resdf)[1L]]]
        dispersion <- summary(bigmodel, dispersion = dispersion)$dispersion
        df.dispersion <- if (dispersion == 1) Inf else min(resdf)
        if (test == "F" && df.dispersion == Inf) {
            fam <- bigmodel$family$family
            if (fam == "binomial" || fam == "poisson")
                warning(gettextf("using F test with a '%s' family is inappropriate", fam), domain = NA, call. = FALSE)
            else warning("using F test with a fixed dispersion is inappropriate")
        }
        table <- stat.anova(table = table, test = test, scale = dispersion, df.scale = df.dispersion,
                            n = length(bigmodel$residuals))
    }
    structure(table, heading = c(title, topnote), class = c("anova", "data.frame"))
}

vcov.glm <- function(object, complete = TRUE, ...) vcov.summary.glm(summary.glm(object, ...), complete = complete)

vcov.summary.glm <- function(object, complete = TRUE, ...) {
    v <- object$cov.scaled
    if (complete && any(al <- object$aliased)) {
        p <- length(al)
        nm <- names(al)
        vv <- matrix(NA_real_, p, p, dimnames = list(nm, nm))
        vv[!al, !al] <- v
        v <- vv
    }
    v
}

# ------------------------------------------------------------------ analysis of variance (aov.R)

aov <- function(formula, data = NULL, projections = FALSE, qr = TRUE, contrasts = NULL, ...) {
    Terms <- if (missing(data)) terms(formula, "Error") else terms(formula, "Error", data = data)
    indError <- attr(Terms, "specials")$Error
    if (length(indError) > 1L)
        stop(sprintf("there are %d Error terms: only 1 is allowed", length(indError)), domain = NA)
    lmcall <- Call <- match.call()
    lmcall[[1L]] <- quote(lm)
    lmcall$singular.ok <- TRUE
    if (projections) qr <- lmcall$qr <- TRUE
    lmcall$projections <- NULL
    if (is.null(indError)) {
        fit <- eval(lmcall, parent.frame())
        fit$call <- Call
        return(structure(fit, class = c(if (inherits(fit, "mlm")) "maov", "aov", oldClass(fit))))
    }
    # Error() strata: project the response and the design onto the strata of the error model
    if (pmatch("weights", names(Call), 0L)) stop("weights are not supported in a multistratum aov() fit")
    deparseb <- function(expr) deparse1(expr, backtick = TRUE)
    opcons <- options("contrasts")
    options(contrasts = c("contr.helmert", "contr.poly"))
    on.exit(options(opcons))
    allTerms <- Terms
    errorterm <- attr(Terms, "variables")[[1L + indError]]
    intercept <- attr(Terms, "intercept")
    ecall <- lmcall
    ecall$formula <- as.formula(paste(deparseb(formula[[2L]]), "~", deparseb(errorterm[[2L]]),
                                      if (!intercept) "- 1"), env = environment(formula))
    ecall$method <- "qr"
    ecall$qr <- TRUE
    ecall$contrasts <- NULL
    er.fit <- eval(ecall, parent.frame())
    options(opcons)
    nmstrata <- sub("^`(.*)`$", "\\1", attr(terms(er.fit), "term.labels"))
    nmstrata <- c("(Intercept)", nmstrata)
    qr.e <- er.fit$qr
    rank.e <- er.fit$rank
    if (rank.e < NROW(er.fit$coefficients)) warning("Error() model is singular")
    qty <- er.fit$residuals
    maov <- is.matrix(qty)
    asgn.e <- er.fit$assign[qr.e$pivot[1L:rank.e]]
    maxasgn <- length(nmstrata) - 1L
    nobs <- NROW(qty)
    len <- if (nobs > rank.e) {
        asgn.e[(rank.e + 1L):nobs] <- maxasgn + 1L
        nmstrata <- c(nmstrata, "Within")
        maxasgn + 2L
    } else maxasgn + 1L
    result <- setNames(vector("list", len), nmstrata)
    lmcall$formula <- form <- update(formula, paste(". ~ .-", deparseb(errorterm)))
    Terms <- terms(form)
    lmcall$method <- "model.frame"
    mf <- eval(lmcall, parent.frame())
    xlev <- .getXlevels(Terms, mf)
    resp <- model.response(mf)
    qtx <- model.matrix(Terms, mf, contrasts)
    cons <- attr(qtx, "contrasts")
    dnx <- colnames(qtx)
    asgn.t <- attr(qtx, "assign")
    wts <- model.weights(mf)
    qty <- as.matrix(qr.qty(qr.e, resp))
    if ((nc <- ncol(qty)) > 1L) {
        dny <- colnames(resp)
        if (is.null(dny)) dny <- paste0("Y", 1L:nc)
        dimnames(qty) <- list(seq(nrow(qty)), dny)
    } else dimnames(qty) <- list(seq(nrow(qty)), NULL)
    qtx <- qr.qty(qr.e, qtx)
    dimnames(qtx) <- list(seq(nrow(qtx)), dnx)
    for (i in seq_along(nmstrata)) {
        select <- asgn.e == (i - 1L)
        if (!sum(select)) next
        xi <- qtx[select, , drop = FALSE]
        cols <- colSums(xi^2) > 1e-5
        if (any(cols)) {
            xi <- xi[, cols, drop = FALSE]
            attr(xi, "assign") <- asgn.t[cols]
            fiti <- lm.fit(xi, qty[select, , drop = FALSE])
            fiti$terms <- Terms
        } else {
            y <- qty[select, , drop = FALSE]
            fiti <- list(coefficients = numeric(), residuals = y, fitted.values = 0 * y, weights = wts,
                         rank = 0L, df.residual = NROW(y))
        }
        class(fiti) <- c(if (maov) "maov", "aov", oldClass(er.fit))
        result[[i]] <- fiti
    }
    structure(class = c("aovlist", "listof"), result[!vapply(result, is.null, NA)],
              error.qr = if (qr) qr.e, call = Call, weights = if (length(wts)) wts, terms = allTerms,
              contrasts = cons, xlevels = xlev)
}

print.aov <- function(x, intercept = FALSE, tol = sqrt(.Machine$double.eps), ...) {
    if (!is.null(cl <- x$call)) {
        cat("Call:\n   ")
        dput(cl, control = NULL)
    }
    qrx <- if (x$rank) qr.lm(x)
    asgn <- x$assign[qrx$pivot[1L:x$rank]]
    effects <- x$effects
    if (!is.null(effects)) effects <- as.matrix(effects)[seq_along(asgn), , drop = FALSE]
    rdf <- x$df.residual
    resid <- as.matrix(x$residuals)
    wt <- x$weights
    if (!is.null(wt)) resid <- resid * sqrt(wt)
    RSS <- colSums(resid^2)
    uasgn <- unique(asgn)
    nmeffect <- c("(Intercept)", attr(x$terms, "term.labels"))[1 + uasgn]
    nterms <- length(uasgn)
    nresp <- NCOL(effects)
    df <- numeric(nterms)
    ss <- matrix(NA, nterms, nresp)
    if (nterms) {
        for (i in seq(nterms)) {
            ai <- asgn == uasgn[i]
            df[i] <- sum(ai)
            ef <- effects[ai, , drop = FALSE]
            ss[i, ] <- if (sum(ai) > 1) colSums(ef^2) else ef^2
        }
        keep <- df > 0L
        if (!intercept && uasgn[1L] == 0) keep[1L] <- FALSE
        nmeffect <- nmeffect[keep]
        df <- df[keep]
        ss <- ss[keep, , drop = FALSE]
        nterms <- length(df)
    }
    cat("\nTerms:\n")
    if (nterms == 0L) {
        if (rdf > 0L) {
            ss <- RSS
            ssp <- sapply(ss, format)
            if (!is.matrix(ssp)) ssp <- t(ssp)
            tmp <- as.matrix(c(ssp, format(rdf)))
            rn <- if (length(ss) > 1L) {
                r <- colnames(x$fitted.values)
                if (is.null(r)) paste("resp", seq_along(ss)) else r
            } else "Sum of Squares"
            dimnames(tmp) <- list(c(rn, "Deg. of Freedom"), "Residuals")
            print(tmp, quote = FALSE, right = TRUE)
            cat("\n")
            rs <- sqrt(RSS / rdf)
            cat(if (length(rs) > 1L) "Residual standard errors:" else "Residual standard error:", sapply(rs, format))
            cat("\n")
        } else print(matrix(0, 2L, 1L, dimnames = list(c("Sum of Squares", "Deg. of Freedom"), "<empty>")))
    } else {
        if (rdf > 0L) {
            nterms <- nterms + 1L
            df <- c(df, rdf)
            ss <- rbind(ss, RSS)
            nmeffect <- c(nmeffect, "Residuals")
        }
        ssp <- apply(zapsmall(ss), 2L, format)
        tmp <- t(cbind(ssp, format(df)))
        rn <- if (ncol(effects) > 1L) {
            r <- colnames(x$coefficients)
            if (is.null(r)) paste("resp", seq(ncol(effects))) else r
        } else "Sum of Squares"
        dimnames(tmp) <- list(c(rn, "Deg. of Freedom"), nmeffect)
        print(tmp, quote = FALSE, right = TRUE)
        rank <- x$rank
        cat("\n")
        if (rdf > 0L) {
            rs <- sqrt(RSS / rdf)
            cat(if (length(rs) > 1L) "Residual standard errors:" else "Residual standard error:", sapply(rs, format))
            cat("\n")
        }
        coef <- as.matrix(x$coefficients)[, 1L]
        R <- qrx$qr
        R <- R[1L:min(dim(R)), , drop = FALSE]
        R[lower.tri(R)] <- 0
        if (rank < (nc <- length(coef))) {
            cat(paste(nc - rank, "out of", nc, "effects not estimable\n"))
            R <- R[, 1L:rank, drop = FALSE]
        }
        d2 <- sum(abs(diag(R)))
        diag(R) <- 0
        if (sum(abs(R)) / d2 > tol) cat("Estimated effects may be unbalanced\n")
        else cat("Estimated effects are balanced\n")
        if (nzchar(mess <- naprint(x$na.action))) cat(mess, "\n", sep = "")
    }
    invisible(x)
}

summary.aov <- function(object, intercept = FALSE, split, expand.split = TRUE, keep.zero.df = TRUE, ...) {
    if (!missing(split)) stop("summary.aov(split = ) is not supported in rlambda yet")
    asgn <- object$assign[object$qr$pivot[1L:object$rank]]
    uasgn <- unique(asgn)
    nterms <- length(uasgn)
    effects <- object$effects
    if (!is.null(effects)) effects <- as.matrix(effects)[seq_along(asgn), , drop = FALSE]
    rdf <- object$df.residual
    nmeffect <- c("(Intercept)", attr(object$terms, "term.labels"))
    resid <- as.matrix(object$residuals)
    wt <- object$weights
    if (!is.null(wt)) resid <- resid * sqrt(wt)
    nresp <- NCOL(resid)
    ans <- vector("list", nresp)
    if (nresp > 1) {
        names(ans) <- character(nresp)
        for (y in 1L:nresp) {
            cn <- colnames(resid)[y]
            if (is.null(cn) || cn == "") cn <- y
            names(ans)[y] <- paste(" Response", cn)
        }
    }
    for (y in 1L:nresp) {
        df <- ss <- numeric()
        nmrows <- character()
        if (!is.null(effects)) {
            for (i in seq(nterms)) {
                ai <- (asgn == uasgn[i])
                df <- c(df, sum(ai))
                ss <- c(ss, sum(effects[ai, y]^2))
                nmrows <- c(nmrows, nmeffect[1 + uasgn[i]])
            }
        }
        if (rdf > 0L) {
            df <- c(df, rdf)
            ss <- c(ss, sum(resid[, y]^2))
            nmrows <- c(nmrows, "Residuals")
        }
        nt <- length(df)
        ms <- ifelse(df > 0L, ss / df, NA)
        x <- list(Df = df, "Sum Sq" = ss, "Mean Sq" = ms)
        if (rdf > 0L) {
            TT <- ms / ms[nt]
            TP <- pf(TT, df, rdf, lower.tail = FALSE)
            TT[nt] <- TP[nt] <- NA
            x$"F value" <- TT
            x$"Pr(>F)" <- TP
        }
        class(x) <- c("anova", "data.frame")
        attr(x, "row.names") <- format(nmrows)
        if (!keep.zero.df) x <- x[df > 0L, ]
        pm <- pmatch("(Intercept)", row.names(x), 0L)
        if (!intercept && pm > 0L) x <- x[-pm, ]
        ans[[y]] <- x
    }
    class(ans) <- c("summary.aov", "listof")
    attr(ans, "na.action") <- object$na.action
    ans
}

print.summary.aov <- function(x, digits = max(3L, getOption("digits") - 3L), symbolic.cor = FALSE,
                              signif.stars = getOption("show.signif.stars"), ...) {
    if (length(x) == 1L) print(x[[1L]], digits = digits, signif.stars = signif.stars)
    else NextMethod()
    if (nzchar(mess <- naprint(attr(x, "na.action")))) cat(mess, "\n", sep = "")
    invisible(x)
}

print.listof <- function(x, ...) {
    nn <- names(x)
    ll <- length(x)
    if (length(nn) != ll) nn <- paste("Component", seq.int(ll))
    for (i in seq_len(ll)) {
        cat(nn[i], ":\n")
        print(x[[i]], ...)
        cat("\n")
    }
    invisible(x)
}

print.aovlist <- function(x, ...) {
    cl <- attr(x, "call")
    if (!is.null(cl)) {
        cat("\nCall:\n")
        dput(cl)
    }
    if (!is.null(attr(x, "weights"))) cat("Note: The results below are on the weighted scale\n")
    nx <- names(x)
    if (nx[1L] == "(Intercept)") {
        mn <- x[[1L]]$coefficients
        if (is.matrix(mn)) {
            cat("\nGrand Means:\n")
            print(format(mn[1, ]), quote = FALSE)
        } else cat("\nGrand Mean: ", format(mn[1L]), "\n", sep = "")
        nx <- nx[-1L]
    }
    for (ii in seq_along(nx)) {
        i <- nx[ii]
        cat("\nStratum ", ii, ": ", i, "\n", sep = "")
        print(x[[i]], ...)
    }
    invisible(x)
}

summary.aovlist <- function(object, ...) {
    if (!is.null(attr(object, "weights"))) cat("Note: The results below are on the weighted scale\n")
    dots <- list(...)
    strata <- names(object)
    if (strata[1L] == "(Intercept)") {
        strata <- strata[-1L]
        object <- object[-1L]
    }
    x <- setNames(vector(length = length(strata), mode = "list"), paste("Error:", strata))
    for (i in seq_along(strata)) x[[i]] <- do.call("summary", c(list(object = object[[i]]), dots))
    class(x) <- "summary.aovlist"
    x
}

print.summary.aovlist <- function(x, ...) {
    for (i in names(x)) {
        cat("\n", i, "\n", sep = "")
        print(x[[i]], ...)
    }
    invisible(x)
}

# ------------------------------------------------------------------ add1, drop1, step (add.R)

add1 <- function(object, scope, ...) UseMethod("add1")
drop1 <- function(object, scope, ...) UseMethod("drop1")

# Term labels with the variables of interactions sorted, so a:b and b:a match.
.sortedTerms <- function(labels) vapply(strsplit(labels, ":", fixed = TRUE), function(x) paste(sort(x), collapse = ":"), "")

factor.scope <- function(factor, scope) {
    drop <- scope$drop
    add <- scope$add
    if (length(factor) && !is.null(drop)) {
        nmdrop <- colnames(drop)
        facs <- factor
        if (length(drop)) {
            nmfac <- colnames(factor)
            where <- match(.sortedTerms(nmdrop), .sortedTerms(nmfac), 0L)
            if (any(!where))
                stop(sprintf(ngettext(sum(where == 0), "lower scope has term %s not included in model",
                                      "lower scope has terms %s not included in model"),
                             paste(sQuote(nmdrop[where == 0]), collapse = ", ")), domain = NA)
            facs <- factor[, -where, drop = FALSE]
            nmdrop <- nmfac[-where]
        } else nmdrop <- colnames(factor)
        # only terms not contained in another term may be dropped (marginality)
        if (ncol(facs) > 1) {
            keep <- rep.int(TRUE, ncol(facs))
            f <- crossprod(facs > 0)
            for (i in seq(keep)) keep[i] <- max(f[i, -i]) != f[i, i]
            nmdrop <- nmdrop[keep]
        }
    } else nmdrop <- character()
    if (!length(add)) nmadd <- character()
    else {
        nmfac <- colnames(factor)
        nmadd <- colnames(add)
        if (!is.null(nmfac)) {
            where <- match(.sortedTerms(nmfac), .sortedTerms(nmadd), 0L)
            if (any(!where))
                stop(sprintf(ngettext(sum(where == 0), "upper scope has term %s not included in model",
                                      "upper scope has terms %s not included in model"),
                             paste(sQuote(nmdrop[where == 0]), collapse = ", ")), domain = NA)
            nmadd <- nmadd[-where]
            add <- add[, -where, drop = FALSE]
        }
        if (ncol(add) > 1) {
            keep <- rep.int(TRUE, ncol(add))
            f <- crossprod(add > 0)
            for (i in seq(keep)) keep[-i] <- keep[-i] & (f[i, -i] < f[i, i])
            nmadd <- nmadd[keep]
        }
    }
    list(drop = nmdrop, add = nmadd)
}

add.scope <- function(terms1, terms2) {
    terms1 <- terms(terms1)
    terms2 <- terms(terms2)
    factor.scope(attr(terms1, "factors"), list(add = attr(terms2, "factors")))$add
}

drop.scope <- function(terms1, terms2) {
    terms1 <- terms(terms1)
    f2 <- if (missing(terms2)) numeric() else attr(terms(terms2), "factors")
    factor.scope(attr(terms1, "factors"), list(drop = f2))$drop
}

.checkExact <- function(object) {
    w <- object$weights
    if (is.null(w)) {
        mss <- sum(object$fitted.values^2)
        rss <- sum(object$residuals^2)
    } else {
        mss <- sum(w * object$fitted.values^2)
        rss <- sum(w * object$residuals^2)
    }
    if (rss < 1e-10 * mss) warning("attempting model selection on an essentially perfect fit is nonsense", call. = FALSE)
}

.addDropTests <- function(aod, test, RSS, n, scale, rdf, adding) {
    if (test == "Chisq") {
        dev <- aod$"Sum of Sq"
        if (scale == 0) {
            dev <- n * log(RSS / n)
            dev <- if (adding) dev[1L] - dev else dev - dev[1L]
            dev[1L] <- NA
        } else dev <- dev / scale
        df <- aod$Df
        nas <- !is.na(df)
        dev[nas] <- pchisq(dev[nas], df[nas], lower.tail = FALSE)
        aod[, "Pr(>Chi)"] <- dev
    } else if (test == "F") {
        dev <- aod$"Sum of Sq"
        dfs <- aod$Df
        rms <- if (adding) (aod$RSS[1L] - dev) / (rdf - dfs) else aod$RSS[1L] / rdf
        Fs <- (dev / dfs) / rms
        Fs[if (adding) dfs < .Machine$double.eps else dfs < 1e-4] <- NA
        P <- Fs
        nas <- !is.na(Fs)
        P[nas] <- pf(Fs[nas], dfs[nas], if (adding) rdf - dfs[nas] else rdf, lower.tail = FALSE)
        aod[, c("F value", "Pr(>F)")] <- list(Fs, P)
    }
    aod
}

add1.lm <- function(object, scope, scale = 0, test = c("none", "Chisq", "F"), x = NULL, k = 2, ...) {
    .checkExact(object)
    if (missing(scope) || is.null(scope)) stop("no terms in scope")
    if (!is.character(scope)) scope <- add.scope(object, update.formula(object, scope))
    if (!length(scope)) stop("no terms in scope for adding to object")
    oTerms <- attr(object$terms, "term.labels")
    int <- attr(object$terms, "intercept")
    y <- object$residuals + object$fitted.values
    ns <- length(scope)
    dfs <- numeric(ns + 1L)
    names(dfs) <- c("<none>", scope)
    RSS <- dfs
    add.rhs <- eval(str2lang(paste("~ . +", paste(scope, collapse = "+"))))
    new.form <- update.formula(object, add.rhs)
    Terms <- terms(new.form)
    if (is.null(x)) {
        fc <- object$call
        fc$formula <- Terms
        fob <- list(call = fc, terms = Terms)
        class(fob) <- oldClass(object)
        m <- model.frame(fob, xlev = object$xlevels)
        x <- model.matrix(Terms, m, contrasts.arg = object$contrasts)
        offset <- model.offset(m)
        wt <- model.weights(m)
        oldn <- length(y)
        y <- model.response(m, "numeric")
        newn <- length(y)
        if (newn < oldn)
            warning(sprintf(ngettext(newn, "using the %d/%d row from a combined fit",
                                     "using the %d/%d rows from a combined fit"), newn, oldn), domain = NA)
    } else {
        wt <- object$weights
        offset <- object$offset
    }
    n <- nrow(x)
    Terms <- attr(Terms, "term.labels")
    asgn <- attr(x, "assign")
    ousex <- match(asgn, match(oTerms, Terms), 0L) > 0L
    if (int) ousex[1L] <- TRUE
    iswt <- !is.null(wt)
    fitRSS <- function(X) {
        z <- if (iswt) lm.wfit(X, y, wt, offset = offset) else lm.fit(X, y, offset = offset)
        class(z) <- "lm"
        c(z$rank, deviance(z))
    }
    r <- fitRSS(x[, ousex, drop = FALSE])
    dfs[1L] <- r[1L]
    RSS[1L] <- r[2L]
    sTerms <- .sortedTerms(Terms)
    for (tt in scope) {
        usex <- match(asgn, match(.sortedTerms(tt), sTerms), 0L) > 0L
        r <- fitRSS(x[, usex | ousex, drop = FALSE])
        dfs[tt] <- r[1L]
        RSS[tt] <- r[2L]
    }
    aic <- if (scale > 0) RSS / scale - n + k * dfs else n * log(RSS / n) + k * dfs
    dfs <- dfs - dfs[1L]
    dfs[1L] <- NA
    aod <- data.frame(Df = dfs, "Sum of Sq" = c(NA, RSS[1L] - RSS[-1L]), RSS = RSS, AIC = aic,
                      row.names = names(dfs), check.names = FALSE)
    if (scale > 0) names(aod) <- c("Df", "Sum of Sq", "RSS", "Cp")
    aod <- .addDropTests(aod, match.arg(test), RSS, n, scale, object$df.residual, adding = TRUE)
    head <- c("Single term additions", "\nModel:", deparse(formula(object)),
              if (scale > 0) paste("\nscale: ", format(scale), "\n"))
    class(aod) <- c("anova", "data.frame")
    attr(aod, "heading") <- head
    aod
}

drop1.lm <- function(object, scope, scale = 0, all.cols = TRUE, test = c("none", "Chisq", "F"), k = 2, ...) {
    .checkExact(object)
    x <- model.matrix(object)
    offset <- model.offset(model.frame(object))
    iswt <- !is.null(wt <- object$weights)
    n <- nrow(x)
    asgn <- attr(x, "assign")
    tl <- attr(object$terms, "term.labels")
    if (missing(scope)) scope <- drop.scope(object)
    else {
        if (!is.character(scope)) scope <- attr(terms(update.formula(object, scope)), "term.labels")
        if (!all(match(scope, tl, 0L) > 0L)) stop("scope is not a subset of term labels")
    }
    ndrop <- match(scope, tl)
    ns <- length(scope)
    chisq <- deviance.lm(object)
    dfs <- numeric(ns)
    RSS <- numeric(ns)
    y <- object$residuals + object$fitted.values
    na.coef <- seq_along(object$coefficients)[!is.na(object$coefficients)]
    for (i in seq_len(ns)) {
        ii <- seq_along(asgn)[asgn == ndrop[i]]
        jj <- setdiff(if (all.cols) seq(ncol(x)) else na.coef, ii)
        z <- if (iswt) lm.wfit(x[, jj, drop = FALSE], y, wt, offset = offset)
             else lm.fit(x[, jj, drop = FALSE], y, offset = offset)
        dfs[i] <- z$rank
        oldClass(z) <- "lm"
        RSS[i] <- deviance(z)
    }
    scope <- c("<none>", scope)
    dfs <- c(object$rank, dfs)
    RSS <- c(chisq, RSS)
    aic <- if (scale > 0) RSS / scale - n + k * dfs else n * log(RSS / n) + k * dfs
    dfs <- dfs[1L] - dfs
    dfs[1L] <- NA
    aod <- data.frame(Df = dfs, "Sum of Sq" = c(NA, RSS[-1L] - RSS[1L]), RSS = RSS, AIC = aic,
                      row.names = scope, check.names = FALSE)
    if (scale > 0) names(aod) <- c("Df", "Sum of Sq", "RSS", "Cp")
    aod <- .addDropTests(aod, match.arg(test), RSS, n, scale, object$df.residual, adding = FALSE)
    head <- c("Single term deletions", "\nModel:", deparse(formula(object)),
              if (scale > 0) paste("\nscale: ", format(scale), "\n"))
    class(aod) <- c("anova", "data.frame")
    attr(aod, "heading") <- head
    aod
}

step <- function(object, scope, scale = 0, direction = c("both", "backward", "forward"), trace = 1,
                 keep = NULL, steps = 1000, k = 2, ...) {
    mydeviance <- function(x, ...) {
        d <- deviance(x)
        if (is.null(d)) extractAIC(x, k = 0)[2L] else d
    }
    cut.string <- function(string) {
        if (length(string) > 1L) string[-1L] <- paste0("\n", string[-1L])
        string
    }
    re.arrange <- function(keep) {
        namr <- names(k1 <- keep[[1L]])
        namc <- names(keep)
        array(unlist(keep, recursive = FALSE), c(length(k1), length(keep)), list(namr, namc))
    }
    step.results <- function(models, fit, object, usingCp = FALSE) {
        change <- sapply(models, `[[`, "change")
        rd <- sapply(models, `[[`, "deviance")
        dd <- c(NA, abs(diff(rd)))
        rdf <- sapply(models, `[[`, "df.resid")
        ddf <- c(NA, diff(rdf))
        AIC <- sapply(models, `[[`, "AIC")
        heading <- c("Stepwise Model Path \nAnalysis of Deviance Table", "\nInitial Model:",
                     deparse(formula(object)), "\nFinal Model:", deparse(formula(fit)), "\n")
        aod <- data.frame(Step = I(change), Df = ddf, Deviance = dd, "Resid. Df" = rdf, "Resid. Dev" = rd,
                          AIC = AIC, check.names = FALSE)
        if (usingCp) {
            cn <- colnames(aod)
            cn[cn == "AIC"] <- "Cp"
            colnames(aod) <- cn
        }
        attr(aod, "heading") <- heading
        fit$anova <- aod
        fit
    }
    Terms <- terms(object)
    object$call$formula <- object$formula <- Terms
    md <- missing(direction)
    direction <- match.arg(direction)
    backward <- direction == "both" | direction == "backward"
    forward <- direction == "both" | direction == "forward"
    if (missing(scope)) {
        fdrop <- numeric()
        fadd <- attr(Terms, "factors")
        if (md) forward <- FALSE
    } else if (is.list(scope)) {
        fdrop <- if (!is.null(fdrop <- scope$lower)) attr(terms(update.formula(object, fdrop)), "factors") else numeric()
        fadd <- if (!is.null(fadd <- scope$upper)) attr(terms(update.formula(object, fadd)), "factors")
    } else {
        fadd <- if (!is.null(fadd <- scope)) attr(terms(update.formula(object, scope)), "factors")
        fdrop <- numeric()
    }
    models <- vector("list", steps)
    if (!is.null(keep)) keep.list <- vector("list", steps)
    n <- nobs(object, use.fallback = TRUE)
    fit <- object
    bAIC <- extractAIC(fit, scale, k = k, ...)
    edf <- bAIC[1L]
    bAIC <- bAIC[2L]
    if (is.na(bAIC)) stop("AIC is not defined for this model, so 'step' cannot proceed")
    if (bAIC == -Inf) stop("AIC is -infinity for this model, so 'step' cannot proceed")
    nm <- 1
    if (trace) cat("Start:  AIC=", format(round(bAIC, 2)), "\n", cut.string(deparse(formula(fit))), "\n\n", sep = "")
    models[[nm]] <- list(deviance = mydeviance(fit), df.resid = n - edf, change = "", AIC = bAIC)
    if (!is.null(keep)) keep.list[[nm]] <- keep(fit, bAIC)
    usingCp <- FALSE
    while (steps > 0) {
        steps <- steps - 1
        AIC <- bAIC
        ffac <- attr(Terms, "factors")
        scope <- factor.scope(ffac, list(add = fadd, drop = fdrop))
        aod <- NULL
        change <- NULL
        if (backward && length(scope$drop)) {
            aod <- drop1(fit, scope$drop, scale = scale, trace = trace, k = k, ...)
            rn <- row.names(aod)
            row.names(aod) <- c(rn[1L], paste("-", rn[-1L]))
            if (any(aod$Df == 0, na.rm = TRUE)) {
                zdf <- aod$Df == 0 & !is.na(aod$Df)
                change <- rev(rownames(aod)[zdf])[1L]
            }
        }
        if (is.null(change)) {
            if (forward && length(scope$add)) {
                aodf <- add1(fit, scope$add, scale = scale, trace = trace, k = k, ...)
                rn <- row.names(aodf)
                row.names(aodf) <- c(rn[1L], paste("+", rn[-1L]))
                aod <- if (is.null(aod)) aodf else rbind(aod, aodf[-1, , drop = FALSE])
            }
            attr(aod, "heading") <- NULL
            nzdf <- if (!is.null(aod$Df)) aod$Df != 0 | is.na(aod$Df)
            aod <- aod[nzdf, ]
            if (is.null(aod) || ncol(aod) == 0) break
            nc <- match(c("Cp", "AIC"), names(aod))
            nc <- nc[!is.na(nc)][1L]
            o <- order(aod[, nc])
            if (trace) print(aod[o, ])
            if (o[1L] == 1) break
            change <- rownames(aod)[o[1L]]
        }
        usingCp <- match("Cp", names(aod), 0L) > 0L
        fit <- update(fit, paste("~ .", change), evaluate = FALSE)
        fit <- eval.parent(fit)
        nnew <- nobs(fit, use.fallback = TRUE)
        if (all(is.finite(c(n, nnew))) && nnew != n) stop("number of rows in use has changed: remove missing values?")
        Terms <- terms(fit)
        bAIC <- extractAIC(fit, scale, k = k, ...)
        edf <- bAIC[1L]
        bAIC <- bAIC[2L]
        if (trace) cat("\nStep:  AIC=", format(round(bAIC, 2)), "\n", cut.string(deparse(formula(fit))), "\n\n", sep = "")
        if (bAIC >= AIC + 1e-7) break
        nm <- nm + 1
        models[[nm]] <- list(deviance = mydeviance(fit), df.resid = n - edf, change = change, AIC = bAIC)
        if (!is.null(keep)) keep.list[[nm]] <- keep(fit, bAIC)
    }
    if (!is.null(keep)) fit$keep <- re.arrange(keep.list[seq(nm)])
    step.results(models = models[seq(nm)], fit, object, usingCp)
}

drop1.glm <- function(object, scope, scale = 0, test = c("none", "Rao", "LRT", "Chisq", "F"), k = 2, ...) {
    test <- match.arg(test)
    if (test == "Chisq") test <- "LRT"
    x <- model.matrix(object)
    n <- nrow(x)
    asgn <- attr(x, "assign")
    tl <- attr(object$terms, "term.labels")
    if (missing(scope)) scope <- drop.scope(object)
    else {
        if (!is.character(scope)) scope <- attr(terms(update.formula(object, scope)), "term.labels")
        if (!all(match(scope, tl, 0L) > 0L)) stop("scope is not a subset of term labels")
    }
    ndrop <- match(scope, tl)
    ns <- length(scope)
    rdf <- object$df.residual
    dfs <- dev <- score <- numeric(ns)
    y <- object$y
    if (is.null(y)) {
        y <- model.response(model.frame(object))
        if (!is.factor(y)) storage.mode(y) <- "double"
    }
    wt <- object$prior.weights
    if (is.null(wt)) wt <- rep.int(1, n)
    for (i in seq_len(ns)) {
        jj <- setdiff(seq(ncol(x)), seq_along(asgn)[asgn == ndrop[i]])
        z <- glm.fit(x[, jj, drop = FALSE], y, wt, offset = object$offset, family = object$family,
                     control = object$control)
        dfs[i] <- z$rank
        dev[i] <- z$deviance
        if (test == "Rao") {
            zz <- glm.fit(x, z$residuals, z$weights)
            score[i] <- zz$null.deviance - zz$deviance
        }
    }
    scope <- c("<none>", scope)
    dfs <- c(object$rank, dfs)
    dev <- c(object$deviance, dev)
    if (test == "Rao") score <- c(NA, score)
    dispersion <- if (is.null(scale) || scale == 0) summary(object, dispersion = NULL)$dispersion else scale
    fam <- object$family$family
    loglik <- if (fam == "gaussian") { if (scale > 0) dev / scale - n else n * log(dev / n) } else dev / dispersion
    aic <- loglik + k * dfs
    dfs <- dfs[1L] - dfs
    dfs[1L] <- NA
    aic <- aic + (extractAIC(object, k = k)[2L] - aic[1L])
    aod <- data.frame(Df = dfs, Deviance = dev, AIC = aic, row.names = scope, check.names = FALSE)
    if (all(is.na(aic))) aod <- aod[, -3]
    if (test == "LRT") {
        dev <- pmax(0, loglik - loglik[1L])
        dev[1L] <- NA
        nas <- !is.na(dev)
        aod[, if (dispersion == 1) "LRT" else "scaled dev."] <- dev
        dev[nas] <- pchisq(dev[nas], aod$Df[nas], lower.tail = FALSE)
        aod[, "Pr(>Chi)"] <- dev
    } else if (test == "Rao") {
        dev <- pmax(0, score)
        nas <- !is.na(dev)
        dev <- dev / dispersion
        aod[, if (dispersion == 1) "Rao score" else "scaled Rao sc."] <- dev
        dev[nas] <- pchisq(dev[nas], aod$Df[nas], lower.tail = FALSE)
        aod[, "Pr(>Chi)"] <- dev
    } else if (test == "F") {
        if (fam == "binomial" || fam == "poisson") warning(gettextf("F test assumes 'quasi%s' family", fam), domain = NA)
        dev <- aod$Deviance
        rms <- dev[1L] / rdf
        dev <- pmax(0, dev - dev[1L])
        dfs <- aod$Df
        Fs <- (dev / dfs) / rms
        Fs[dfs < 1e-4] <- NA
        P <- Fs
        nas <- !is.na(Fs)
        P[nas] <- pf(Fs[nas], dfs[nas], rdf, lower.tail = FALSE)
        aod[, c("F value", "Pr(>F)")] <- list(Fs, P)
    }
    head <- c("Single term deletions", "\nModel:", deparse(formula(object)),
              if (!is.null(scale) && scale > 0) paste("\nscale: ", format(scale), "\n"))
    class(aod) <- c("anova", "data.frame")
    attr(aod, "heading") <- head
    aod
}

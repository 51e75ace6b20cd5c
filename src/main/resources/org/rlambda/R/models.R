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

print.coef <- function(x, digits = max(3L, getOption("digits") - 3L), ...) {
    y <- unclass(x)
    attr(y, "assign") <- NULL
    print(y, digits = digits, ...)
    invisible(x)
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
    n <- length(e)
    if (model$rank == 0) {
        sigma <- sqrt(deviance(model) / df.residual(model))
        res <- list(hat = rep(0, n), coefficients = matrix(0, n, 0), sigma = rep(sigma, n))
    } else {
        e[abs(e) < 100 * .Machine$double.eps * median(abs(e))] <- 0
        mqr <- qr.lm(model)
        if (NROW(e) != NROW(mqr$qr)) stop("non-NA residual length does not match cases used in fitting")
        p <- mqr$rank
        Q <- qr.Q(mqr)[, seq_len(p), drop = FALSE]
        h <- rowSums(Q^2)
        h[h > 1 - 10 * .Machine$double.eps] <- 1
        denom <- 1 - h
        sigma <- sqrt(pmax(0, (sum(e^2) - e^2 / ifelse(denom > 0, denom, 1)) / (n - p - 1)))
        sigma[denom <= 0] <- NaN
        res <- list(hat = h, sigma = sigma)
        if (do.coef) {
            Rinv <- backsolve(qr.R(mqr)[seq_len(p), seq_len(p), drop = FALSE], diag(p))
            # change in coefficients when case i is dropped: (X'X)^-1 x_i e_i / (1 - h_i)
            cf <- (Q %*% t(Rinv)) * ifelse(denom > 0, e / denom, 0)
            colnames(cf) <- colnames(mqr$qr)[seq_len(p)]
            res$coefficients <- cf
        }
    }
    res$wt.res <- e
    nm <- names(e)
    names(res$hat) <- names(res$sigma) <- nm
    if (do.coef && !is.null(res$coefficients)) rownames(res$coefficients) <- nm
    res
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

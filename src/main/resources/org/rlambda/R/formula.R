# Model formulas, terms, model frames and design matrices (GNU R's stats models.R, contrast.R,
# contr.poly.R and nafns.R are the specification). The formula expansion, the assembly of the
# model frame and the design matrix are Java kernels (org.rlambda.stats.TermsForm, ModelFrames).

.deparse2 <- function(x)
    paste(deparse(x, width.cutoff = 500L, backtick = !is.symbol(x) && is.language(x)), collapse = " ")

# ------------------------------------------------------------------ formula objects

formula <- function(x, ...) UseMethod("formula")

formula.default <- function(x = NULL, env = parent.frame(), ...) {
    notAtomic <- !is.atomic(x)
    if (notAtomic && !is.null(x$formula)) return(eval(x$formula))
    if (notAtomic && !is.null(x$terms)) {
        z <- x$terms
        oldClass(z) <- "formula"
        return(z)
    }
    if (notAtomic && !is.null(x$call$formula)) return(eval(x$call$formula))
    if (!is.null(attr(x, "formula"))) return(attr(x, "formula"))
    form <- switch(mode(x),
                   NULL = structure(list(), class = "formula"),
                   character = eval(str2lang(x)),
                   call = eval(x),
                   stop("invalid formula"))
    environment(form) <- env
    form
}

formula.formula <- function(x, ...) x

formula.terms <- function(x, ...) {
    env <- environment(x)
    attributes(x) <- list(class = "formula")
    environment(x) <- if (is.null(env)) globalenv() else env
    x
}

DF2formula <- function(x, env = parent.frame()) {
    nm <- lapply(names(x), as.name)
    ff <- if (length(nm) > 1L)
              call("~", nm[[1L]], Reduce(function(a, b) call("+", a, b), nm[-1L]))
          else if (length(nm) == 1L) call("~", nm[[1L]])
          else stop("cannot create a formula from a zero-column data frame")
    class(ff) <- "formula"
    environment(ff) <- env
    ff
}

formula.data.frame <- function(x, ...) {
    tx <- attr(x, "terms")
    if (length(tx)) formula.terms(tx) else DF2formula(x, parent.frame())
}

formula.character <- function(x, env = parent.frame(), ...) {
    ff <- str2lang(if (length(x) > 1L) x[1L] else x)
    if (!is.call(ff)) stop(gettextf("invalid formula %s: not a call", .deparse2(x)), domain = NA)
    if (!(is.symbol(ff[[1L]]) && identical(ff[[1L]], quote(`~`))))
        stop(gettextf("invalid formula %s", .deparse2(x)), domain = NA)
    class(ff) <- "formula"
    environment(ff) <- env
    ff
}

formula.call <- function(x, ...) formula.default(x, ...)

`[.formula` <- function(x, i) {
    ans <- NextMethod("[")
    if (!length(ans) || is.symbol(a1 <- ans[[1L]]) && as.character(a1) == "~") {
        if (is.null(ans)) ans <- list()
        class(ans) <- "formula"
        environment(ans) <- environment(x)
    }
    ans
}

as.formula <- function(object, env = parent.frame()) {
    if (inherits(object, "formula")) return(object)
    rval <- formula(object, env = baseenv())
    if (identical(environment(rval), baseenv()) || !missing(env)) environment(rval) <- env
    rval
}

# ------------------------------------------------------------------ terms

terms <- function(x, ...) UseMethod("terms")

terms.default <- function(x, ...) {
    v <- x$terms
    if (is.null(v)) v <- attr(x, "terms")
    if (is.null(v)) stop("no terms component nor attribute")
    v
}

terms.terms <- function(x, ...) x

terms.formula <- function(x, specials = NULL, abb = NULL, data = NULL, neg.out = TRUE,
                          keep.order = FALSE, simplify = FALSE, ..., allowDotAsName = FALSE) {
    if (!is.null(data) && !is.environment(data) && !is.data.frame(data))
        data <- as.data.frame(data, optional = TRUE)
    tt <- .rlambda_termsform(x, specials, data, keep.order, allowDotAsName)
    if (simplify) {
        a <- attributes(tt)
        labs <- a$term.labels
        bar <- grep("|", labs, fixed = TRUE)
        if (length(bar)) labs[bar] <- paste("(", labs[bar], ")")
        if (length(a$offset)) labs <- c(labs, as.character(a$variables)[-1L][a$offset])
        rhs <- if (length(labs)) paste(labs, collapse = " + ") else "1"
        if (!a$intercept) rhs <- paste(rhs, "- 1")
        nf <- if (length(x) > 2L) {
            f <- str2lang(paste("lhs ~", rhs))
            f[[2L]] <- x[[2L]]
            f
        } else str2lang(paste("~", rhs))
        attributes(nf) <- a
        tt <- nf
    }
    environment(tt) <- environment(x)
    if (!inherits(tt, "formula")) class(tt) <- c(oldClass(tt), "formula")
    tt
}

print.terms <- function(x, ...) {
    print.default(unclass(x), ...)
    invisible(x)
}

labels <- function(object, ...) UseMethod("labels")
labels.default <- function(object, ...) {
    if (length(d <- dim(object))) {
        nt <- dimnames(object)
        if (is.null(nt)) nt <- vector("list", length(d))
        for (i in seq_along(d)) if (!length(nt[[i]])) nt[[i]] <- as.character(seq_len(d[i]))
    } else {
        nt <- names(object)
        if (!length(nt)) nt <- as.character(seq_along(object))
    }
    nt
}
labels.terms <- function(object, ...) attr(object, "term.labels")

delete.response <- function(termobj) {
    a <- attributes(termobj)
    y <- a$response
    if (!is.null(y) && y) {
        termobj[[2L]] <- NULL
        a$response <- 0
        a$variables <- a$variables[-(1 + y)]
        a$predvars <- a$predvars[-(1 + y)]
        if (length(a$factors)) a$factors <- a$factors[-y, , drop = FALSE]
        if (length(a$offset)) a$offset <- ifelse(a$offset > y, a$offset - 1, a$offset)
        if (length(a$specials))
            for (i in seq_along(a$specials)) {
                b <- a$specials[[i]]
                a$specials[[i]] <- ifelse(b > y, b - 1, b)
            }
        attributes(termobj) <- a
    }
    termobj
}

reformulate <- function(termlabels, response = NULL, intercept = TRUE, env = parent.frame()) {
    if (!is.character(termlabels) || !length(termlabels))
        stop("'termlabels' must be a character vector of length at least one")
    termtext <- paste(termlabels, collapse = "+")
    if (!intercept) termtext <- paste(termtext, "- 1")
    rhs <- str2lang(termtext)
    fexpr <- if (is.null(response)) call("~", rhs)
             else {
                 if (is.character(response)) {
                     if (length(response) != 1)
                         stop(gettextf("'%s' must be a character string", "response"), domain = NA)
                     response <- tryCatch(str2lang(response), error = function(e) as.symbol(response))
                 }
                 call("~", response, rhs)
             }
    formula(fexpr, env)
}

drop.terms <- function(termobj, dropx = NULL, keep.response = FALSE) {
    if (is.null(dropx)) return(termobj)
    if (!inherits(termobj, "terms"))
        stop(gettextf("'termobj' must be a object of class %s", dQuote("terms")), domain = NA)
    nf <- reformulate(attr(termobj, "term.labels")[-dropx],
                      response = if (keep.response) termobj[[2L]],
                      intercept = attr(termobj, "intercept"), env = environment(termobj))
    result <- terms(nf, specials = names(attr(termobj, "specials")))
    response <- attr(termobj, "response")
    dropOpt <- if (response && !keep.response) c(response, dropx + length(response))
               else dropx + max(response)
    if (!is.null(pv <- attr(termobj, "predvars"))) attr(result, "predvars") <- pv[-(dropOpt + 1)]
    if (!is.null(dc <- attr(termobj, "dataClasses"))) attr(result, "dataClasses") <- dc[-dropOpt]
    result
}

`[.terms` <- function(termobj, i) {
    resp <- if (attr(termobj, "response")) termobj[[2L]]
    nf <- attr(termobj, "term.labels")[i]
    if (length(nf) == 0L) nf <- "1"
    nf <- reformulate(nf, resp, attr(termobj, "intercept"), environment(termobj))
    result <- terms(nf, specials = names(attr(termobj, "specials")))
    addindex <- function(index, off) ifelse(index < 0, index - off, ifelse(index == 0, 0, index + off))
    if (is.logical(i)) i <- which(rep_len(i, length.out = length(attr(termobj, "term.labels"))))
    response <- attr(termobj, "response")
    iOpt <- if (response) c(if (max(i) > 0) response, addindex(i, max(response))) else i
    if (!is.null(pv <- attr(termobj, "predvars")))
        attr(result, "predvars") <- pv[c(if (max(iOpt) > 0) 1, addindex(iOpt, 1))]
    if (!is.null(dc <- attr(termobj, "dataClasses"))) attr(result, "dataClasses") <- dc[iOpt]
    result
}

update <- function(object, ...) UseMethod("update")

update.formula <- function(old, new, ...) {
    tmp <- .rlambda_updateform(as.formula(old), as.formula(new))
    out <- formula(terms.formula(tmp, simplify = TRUE))
    out
}

update.default <- function(object, formula., ..., evaluate = TRUE) {
    call <- getCall(object)
    if (is.null(call)) stop("need an object with call component")
    extras <- match.call(expand.dots = FALSE)$...
    if (!missing(formula.)) call$formula <- update(formula(object), formula.)
    if (length(extras)) {
        existing <- !is.na(match(names(extras), names(call)))
        for (a in names(extras)[existing]) call[[a]] <- extras[[a]]
        if (any(!existing)) {
            call <- c(as.list(call), extras[!existing])
            call <- as.call(call)
        }
    }
    if (evaluate) eval(call, parent.frame()) else call
}

getCall <- function(x, ...) UseMethod("getCall")
getCall.default <- function(x, ...) {
    if (isS4(x)) x@call else x$call
}

is.empty.model <- function(x) {
    tt <- terms(x)
    (length(attr(tt, "factors")) == 0L) & (attr(tt, "intercept") == 0L)
}

offset <- function(object) object

# ------------------------------------------------------------------ model frames

.MFclass <- function(x) {
    if (is.logical(x)) return("logical")
    if (is.ordered(x)) return("ordered")
    if (is.factor(x)) return("factor")
    if (is.character(x)) return("character")
    if (is.matrix(x) && is.numeric(x)) return(paste0("nmatrix.", ncol(x)))
    if (is.numeric(x)) return("numeric")
    "other"
}

.checkMFClasses <- function(cl, m, ordNotOK = FALSE) {
    new <- vapply(m, .MFclass, "")
    new <- new[names(new) %in% names(cl)]
    if (length(new) == 0L) return(invisible())
    old <- cl[names(new)]
    if (!ordNotOK) {
        old[old == "ordered"] <- "factor"
        new[new == "ordered"] <- "factor"
    }
    new[new == "ordered" & old == "factor"] <- "factor"
    new[new == "factor" & old == "character"] <- "character"
    if (!identical(old, new)) {
        wrong <- old != new
        if (sum(wrong) == 1)
            stop(gettextf("variable '%s' was fitted with type \"%s\" but type \"%s\" was supplied",
                          names(old)[wrong], old[wrong], new[wrong]), call. = FALSE, domain = NA)
        else
            stop(gettextf("variables %s were specified with different types from the fit",
                          paste(sQuote(names(old)[wrong]), collapse = ", ")), call. = FALSE, domain = NA)
    }
    invisible()
}

makepredictcall <- function(var, call) UseMethod("makepredictcall")

makepredictcall.default <- function(var, call) {
    if (as.character(call)[1L] != "scale") return(call)
    if (!is.null(z <- attr(var, "scaled:center"))) call$center <- z
    if (!is.null(z <- attr(var, "scaled:scale"))) call$scale <- z
    call
}

model.frame <- function(formula, ...) UseMethod("model.frame")

model.frame.default <- function(formula, data = NULL, subset = NULL, na.action = na.fail,
                                drop.unused.levels = FALSE, xlev = NULL, ...) {
    possible_newdata <- !missing(data) && is.data.frame(data) &&
        identical(substitute(data), quote(newdata)) && (nr <- nrow(data)) > 0
    if (!missing(formula) && nargs() == 1 && is.list(formula) && !is.null(m <- formula$model))
        return(m)
    if (!missing(formula) && nargs() == 1 && is.list(formula) && all(c("terms", "call") %in% names(formula))) {
        fcall <- formula$call
        m <- match(c("formula", "data", "subset", "weights", "na.action"), names(fcall), 0)
        fcall <- fcall[c(1, m)]
        fcall[[1L]] <- quote(model.frame)
        env <- environment(formula$terms)
        if (is.null(env)) env <- parent.frame()
        return(eval(fcall, env))
    }
    if (missing(formula)) {
        if (!missing(data) && inherits(data, "data.frame") && length(attr(data, "terms"))) return(data)
        formula <- as.formula(data)
    } else if (missing(data) && inherits(formula, "data.frame")) {
        if (length(attr(formula, "terms"))) return(formula)
        data <- formula
        formula <- as.formula(data)
    } else formula <- as.formula(formula)
    if (missing(na.action)) {
        if (!is.null(naa <- attr(data, "na.action")) && mode(naa) != "numeric") na.action <- naa
        else if (!is.null(naa <- getOption("na.action"))) na.action <- naa
    }
    if (missing(data)) data <- environment(formula)
    else if (!is.data.frame(data) && !is.environment(data) && !is.null(attr(data, "class")))
        data <- as.data.frame(data)
    else if (is.array(data)) stop("'data' must be a data.frame, not a matrix or an array")
    if (!is.data.frame(data) && !is.environment(data) && !is.list(data) && !is.null(data))
        stop("'data' must be a data.frame, environment, or list")
    if (!inherits(formula, "terms")) formula <- terms(formula, data = data)
    env <- environment(formula)
    rownames <- .row_names_info(data, 0L)
    vars <- attr(formula, "variables")
    predvars <- attr(formula, "predvars")
    if (is.null(predvars)) predvars <- vars
    varnames <- vapply(vars, .deparse2, " ")[-1L]
    variables <- eval(predvars, data, env)
    resp <- attr(formula, "response")
    if (is.null(rownames) && resp > 0L) {
        lhs <- variables[[resp]]
        rownames <- if (is.matrix(lhs)) rownames(lhs) else names(lhs)
    }
    if (possible_newdata && length(variables)) {
        nr2 <- max(sapply(variables, NROW))
        if (nr2 != nr)
            warning(sprintf(paste0(ngettext(nr, "'newdata' had %d row", "'newdata' had %d rows"), " ",
                                   ngettext(nr2, "but variable found had %d row",
                                            "but variables found have %d rows")), nr, nr2),
                    call. = FALSE, domain = NA)
    }
    if (is.null(attr(formula, "predvars"))) {
        for (i in seq_along(varnames)) predvars[[i + 1L]] <- makepredictcall(variables[[i]], vars[[i + 1L]])
        attr(formula, "predvars") <- predvars
    }
    extras <- substitute(list(...))
    extranames <- if (length(extras) > 1L) names(as.list(extras)[-1L])
    extras <- eval(extras, data, env)
    subset <- eval(substitute(subset), data, env)
    data <- .rlambda_modelframe(rownames, variables, varnames, extras, extranames)
    if (!is.null(subset)) data <- data[subset, , drop = FALSE]
    if (!is.null(na.action)) {
        attr(data, "terms") <- formula
        if (is.character(na.action)) na.action <- get(na.action[1L], mode = "function")
        ans <- do.call(na.action, list(data))
        if (!is.list(ans) || length(ans) != length(data)) stop("invalid result from na.action")
        # na.action's subsetting may lose the variables' attributes; put back all but tsp and dim
        for (i in seq_along(ans)) {
            if (!identical(attributes(ans[[i]]), attributes(data[[i]]))) {
                keep <- attributes(data[[i]])
                keep <- keep[setdiff(names(keep), c("names", "dim", "dimnames", "tsp"))]
                for (a in names(keep)) attr(ans[[i]], a) <- keep[[a]]
            }
        }
        data <- ans
    }
    if (length(xlev)) {
        for (nm in names(xlev))
            if (!is.null(xl <- xlev[[nm]])) {
                xi <- data[[nm]]
                if (is.character(xi)) xi <- as.factor(xi)
                if (!is.factor(xi) || is.null(nxl <- levels(xi)))
                    warning(gettextf("variable '%s' is not a factor", nm), domain = NA)
                else {
                    ctr <- attr(xi, "contrasts")
                    xi <- xi[, drop = TRUE]
                    nxl <- levels(xi)
                    if (any(m <- is.na(match(nxl, xl))))
                        stop(sprintf(ngettext(length(m), "factor %s has new level %s", "factor %s has new levels %s"),
                                     nm, paste(nxl[m], collapse = ", ")), domain = NA)
                    data[[nm]] <- factor(xi, levels = xl, exclude = NULL)
                    if (!identical(attr(data[[nm]], "contrasts"), ctr))
                        warning(gettextf("contrasts dropped from factor %s", nm), call. = FALSE, domain = NA)
                }
            }
    } else if (drop.unused.levels) {
        for (nm in names(data)) {
            x <- data[[nm]]
            if (is.factor(x) && length(unique(x[!is.na(x)])) < length(levels(x))) {
                ctr <- attr(x, "contrasts")
                data[[nm]] <- x[, drop = TRUE]
                if (!identical(attr(data[[nm]], "contrasts"), ctr))
                    warning(gettextf("contrasts dropped from factor %s due to missing levels", nm),
                            domain = NA, call. = FALSE)
            }
        }
    }
    attr(formula, "dataClasses") <- vapply(data, .MFclass, "")
    attr(data, "terms") <- formula
    data
}

get_all_vars <- function(formula, data = NULL, ...) {
    if (missing(formula)) formula <- as.formula(data)
    formula <- as.formula(formula)
    if (missing(data)) data <- environment(formula)
    if (!inherits(formula, "terms")) formula <- terms(formula, data = data)
    env <- environment(formula)
    rownames <- .row_names_info(data, 0L)
    varnames <- all.vars(formula)
    variables <- lapply(lapply(varnames, as.name), eval, data, env)
    extras <- substitute(list(...))
    extranames <- if (length(extras) > 1L) names(as.list(extras)[-1L])
    extras <- eval(extras, data, env)
    x <- c(variables, extras)
    x <- as.data.frame(x, optional = TRUE)
    names(x) <- c(varnames, extranames)
    attr(x, "row.names") <- if (is.null(rownames)) .set_row_names(max(vapply(x, NROW, integer(1)))) else rownames
    x
}

model.weights <- function(x) .subset2(x, "(weights)")

model.offset <- function(x) {
    offsets <- attr(attr(x, "terms"), "offset")
    if (length(offsets)) {
        ans <- .subset2(x, "(offset)")
        if (is.null(ans)) ans <- 0
        for (i in offsets) ans <- ans + x[[i]]
    } else ans <- .subset2(x, "(offset)")
    if (!is.null(ans) && !is.numeric(ans)) stop("'offset' must be numeric")
    ans
}

model.response <- function(data, type = "any") {
    if (!attr(attr(data, "terms"), "response")) return(NULL)
    if (!(is.list(data) || is.data.frame(data))) stop("invalid 'data' argument")
    v <- data[[1L]]
    if (type == "numeric" && is.factor(v)) {
        warning('using type = "numeric" with a factor response will be ignored')
    } else if (type == "numeric" || type == "double") storage.mode(v) <- "double"
    else if (type != "any") stop("invalid response type")
    if (is.matrix(v) && ncol(v) == 1L) dim(v) <- NULL
    if (is.object(v) && inherits(v, "AsIs")) v <- unclass(v)
    rows <- attr(data, "row.names")
    if (nrows <- length(rows)) {
        if (length(v) == nrows) names(v) <- rows
        else if (length(dd <- dim(v)) == 2L)
            if (dd[1L] == nrows && !length((dn <- dimnames(v))[[1L]])) dimnames(v) <- list(rows, dn[[2L]])
    }
    v
}

model.extract <- function(frame, component) {
    component <- as.character(substitute(component))
    rval <- switch(component,
                   response = model.response(frame),
                   offset = model.offset(frame),
                   frame[[paste0("(", component, ")")]])
    if (!is.null(rval)) {
        if (length(rval) == nrow(frame)) names(rval) <- attr(frame, "row.names")
        else if (is.matrix(rval) && nrow(rval) == nrow(frame)) {
            t1 <- dimnames(rval)
            dimnames(rval) <- list(attr(frame, "row.names"), t1[[2L]])
        }
    }
    rval
}

.getXlevels <- function(Terms, m) {
    xvars <- vapply(attr(Terms, "variables"), .deparse2, "")[-1L]
    if ((yvar <- attr(Terms, "response")) > 0) xvars <- xvars[-yvar]
    if (length(xvars)) {
        xlev <- lapply(m[xvars], function(x)
            if (is.factor(x)) levels(x) else if (is.character(x)) levels(as.factor(x)))
        xlev[!vapply(xlev, is.null, NA)]
    }
}

# ------------------------------------------------------------------ design matrices

model.matrix <- function(object, ...) UseMethod("model.matrix")

model.matrix.default <- function(object, data = environment(object), contrasts.arg = NULL,
                                 xlev = NULL, ...) {
    t <- if (missing(data)) terms(object) else terms(object, data = data)
    if (is.null(attr(data, "terms"))) {
        data <- model.frame(object, data, xlev = xlev)
    } else {
        reorder <- match(vapply(attr(t, "variables"), .deparse2, "")[-1L], names(data))
        if (anyNA(reorder)) stop("model frame and formula mismatch in model.matrix()")
        if (!identical(reorder, seq_len(ncol(data)))) data <- data[, reorder, drop = FALSE]
    }
    int <- attr(t, "response")
    if (length(data)) {
        contr.funs <- as.character(getOption("contrasts"))
        namD <- names(data)
        for (i in namD) if (is.character(data[[i]])) data[[i]] <- factor(data[[i]])
        isF <- vapply(data, function(x) is.factor(x) || is.logical(x), NA)
        isF[int] <- FALSE
        isOF <- vapply(data, is.ordered, NA)
        for (nn in namD[isF])
            if (is.null(attr(data[[nn]], "contrasts"))) contrasts(data[[nn]]) <- contr.funs[1 + isOF[nn]]
        if (!is.null(contrasts.arg)) {
            if (!is.list(contrasts.arg)) warning("non-list contrasts argument ignored")
            else {
                if (is.null(namC <- names(contrasts.arg))) stop("'contrasts.arg' argument must be named")
                for (nn in namC) {
                    if (is.na(ni <- match(nn, namD)))
                        warning(gettextf("variable '%s' is absent, its contrast will be ignored", nn), domain = NA)
                    else {
                        ca <- contrasts.arg[[nn]]
                        if (is.matrix(ca)) contrasts(data[[ni]], ncol(ca)) <- ca
                        else contrasts(data[[ni]]) <- contrasts.arg[[nn]]
                    }
                }
            }
        }
    } else {
        isF <- FALSE
        data[["x"]] <- raw(nrow(data))
    }
    ans <- .modelMatrix(t, data)
    if (any(isF)) attr(ans, "contrasts") <- lapply(data[isF], attr, "contrasts")
    ans
}

# The contrast (coded 1) and indicator (coded 2) matrices of the factors, then the Java kernel.
.modelMatrix <- function(t, data) {
    factors <- attr(t, "factors")
    intercept <- as.integer(attr(t, "intercept"))
    resp <- as.integer(attr(t, "response"))
    nVar <- if (length(factors)) nrow(factors) else 1L
    nterms <- if (length(factors)) ncol(factors) else 0L
    isF <- vapply(seq_len(nVar), function(i) {
        v <- data[[i]]
        is.factor(v) || is.logical(v)
    }, NA)
    nlev <- vapply(seq_len(nVar), function(i) {
        v <- data[[i]]
        if (is.factor(v)) {
            if (nlevels(v) < 1L) stop(gettextf("variable %d has no levels", i), domain = NA)
            nlevels(v)
        } else if (is.logical(v)) 2L else 0L
    }, 1L)
    # without an intercept the first factor of the first term with one is coded by indicators
    if (!intercept && nterms) {
        done <- FALSE
        for (j in seq_len(nterms)) {
            for (i in seq_len(nVar)) {
                if (i > resp && nlev[i] > 1L && factors[i, j] > 0L) {
                    factors[i, j] <- 2L
                    done <- TRUE
                    break
                }
            }
            if (done) break
        }
    }
    contr1 <- contr2 <- vector("list", nVar)
    for (i in seq_len(nVar)) {
        if (nlev[i]) {
            codes <- if (nterms) factors[i, ] else integer()
            if (any(codes == 1L)) contr1[i] <- list(contrasts(data[[i]], TRUE))
            if (any(codes == 2L)) contr2[i] <- list(contrasts(data[[i]], FALSE))
        }
    }
    rhsResponse <- -1L
    if (resp > 0L && nterms)
        for (j in seq_len(nterms))
            if (factors[resp, j] && sum(factors[, j] > 0L) == 1L) {
                rhsResponse <- j - 1L
                break
            }
    .rlambda_modelmatrix(factors, intercept, data, contr1, contr2, rhsResponse)
}

# ------------------------------------------------------------------ contrasts

contrasts <- function(x, contrasts = TRUE, sparse = FALSE) {
    if (is.logical(x)) x <- factor(x, levels = c(FALSE, TRUE))
    if (!is.factor(x)) stop("contrasts apply only to factors")
    if (!contrasts) {
        l <- levels(x)
        return(structure(diag(length(l)), dimnames = list(l, l)))
    }
    ctr <- attr(x, "contrasts")
    if (is.null(ctr)) {
        ctrfn <- get(getOption("contrasts")[[if (is.ordered(x)) 2L else 1L]], mode = "function")
        ctr <- ctrfn(levels(x), contrasts = contrasts)
    } else if (is.character(ctr)) {
        ctr <- get(ctr, mode = "function")(levels(x), contrasts = contrasts)
    }
    ctr
}

`contrasts<-` <- function(x, how.many = NULL, value) {
    if (is.logical(x)) x <- factor(x, levels = c(FALSE, TRUE))
    if (!is.factor(x)) stop("contrasts apply only to factors")
    if (nlevels(x) < 2L) stop("contrasts can be applied only to factors with 2 or more levels")
    if (is.function(value)) value <- value(nlevels(x))
    if ((is.n <- is.numeric(value)) || (isS4(value) && methods::is(value, "Matrix"))) {
        if (is.n) value <- as.matrix(value)
        nlevs <- nlevels(x)
        if (nrow(value) != nlevs) stop("wrong number of contrast matrix rows")
        n1 <- if (is.null(how.many)) nlevs - 1L else how.many
        nc <- ncol(value)
        rownames(value) <- levels(x)
        if (nc < n1) {
            cm <- qr(cbind(1, value))
            if (qr(value)$rank != nc) stop("singular contrast matrix")
            cm <- qr.qy(cm, diag(nlevs))[, 2L:nlevs]
            cm[, 1L:nc] <- value
            dimnames(cm) <- list(levels(x), NULL)
            if (!is.null(nmcol <- dimnames(value)[[2L]])) dimnames(cm)[[2L]] <- c(nmcol, rep.int("", n1 - nc))
        } else cm <- value[, 1L:n1, drop = FALSE]
    } else if (is.character(value)) cm <- value
    else if (is.null(value)) cm <- NULL
    else stop("numeric contrasts or contrast name expected")
    attr(x, "contrasts") <- cm
    x
}

.contrLevels <- function(n, what) {
    if (is.numeric(n) && length(n) == 1L) {
        if (n > 1L) return(list(levels = as.character(seq_len(n)), n = n, named = FALSE))
        stop(gettextf("not enough degrees of freedom to define contrasts"), domain = NA)
    }
    list(levels = n, n = length(n), named = TRUE)
}

contr.treatment <- function(n, base = 1, contrasts = TRUE, sparse = FALSE) {
    if (is.numeric(n) && length(n) == 1L) {
        if (n > 1L) levels <- as.character(seq_len(n))
        else stop("not enough degrees of freedom to define contrasts")
    } else {
        levels <- as.character(n)
        n <- length(n)
    }
    contr <- structure(diag(n), dimnames = list(levels, levels))
    if (contrasts) {
        if (n < 2L) stop(gettextf("contrasts not defined for %d degrees of freedom", n - 1L), domain = NA)
        if (base < 1L || base > n) stop("baseline group number out of range")
        contr <- contr[, -base, drop = FALSE]
    }
    contr
}

contr.SAS <- function(n, contrasts = TRUE, sparse = FALSE)
    contr.treatment(n, base = if (is.numeric(n) && length(n) == 1L) n else length(n),
                    contrasts = contrasts, sparse = sparse)

contr.sum <- function(n, contrasts = TRUE, sparse = FALSE) {
    if (length(n) <= 1L) {
        if (is.numeric(n) && length(n) == 1L && n > 1L) levels <- seq_len(n)
        else stop("not enough degrees of freedom to define contrasts")
    } else levels <- n
    levels <- as.character(levels)
    n <- length(levels)
    cont <- structure(diag(n), dimnames = list(levels, levels))
    if (contrasts) {
        cont <- cont[, -n, drop = FALSE]
        cont[n, ] <- -1
        colnames(cont) <- NULL
    }
    cont
}

contr.helmert <- function(n, contrasts = TRUE, sparse = FALSE) {
    if (length(n) <= 1L) {
        if (is.numeric(n) && length(n) == 1L && n > 1L) levels <- seq_len(n)
        else stop("not enough degrees of freedom to define contrasts")
    } else levels <- n
    levels <- as.character(levels)
    n <- length(levels)
    if (!contrasts) return(structure(diag(n), dimnames = list(levels, levels)))
    cont <- array(-1, c(n, n - 1L), list(levels, NULL))
    cont[col(cont) <= row(cont) - 2] <- 0
    cont[col(cont) == row(cont) - 1] <- seq_len(n - 1L)
    cont
}

contr.poly <- function(n, scores = 1:n, contrasts = TRUE, sparse = FALSE) {
    make.poly <- function(n, scores) {
        y <- scores - mean(scores)
        X <- outer(y, seq_len(n) - 1, `^`)
        QR <- qr(X)
        z <- QR$qr
        z <- z * (row(z) == col(z))
        raw <- qr.qy(QR, z)
        Z <- sweep(raw, 2L, apply(raw, 2L, function(x) sqrt(sum(x^2))), `/`, check.margin = FALSE)
        colnames(Z) <- paste0("^", 1L:n - 1L)
        Z
    }
    if (is.numeric(n) && length(n) == 1L) levs <- seq_len(n)
    else {
        levs <- n
        n <- length(levs)
    }
    if (n < 2) stop(gettextf("contrasts not defined for %d degrees of freedom", n - 1), domain = NA)
    if (n > 95) stop(gettextf("orthogonal polynomials cannot be represented accurately enough for %d degrees of freedom", n - 1), domain = NA)
    if (length(scores) != n) stop("'scores' argument is of the wrong length")
    if (!is.numeric(scores) || anyDuplicated(scores)) stop("'scores' must all be different numbers")
    contr <- make.poly(n, scores)
    if (contrasts) {
        dn <- colnames(contr)
        dn[2:min(4, n)] <- c(".L", ".Q", ".C")[1:min(3, n - 1)]
        colnames(contr) <- dn
        contr[, -1, drop = FALSE]
    } else {
        contr[, 1] <- 1
        contr
    }
}

# ------------------------------------------------------------------ missing values

na.fail <- function(object, ...) UseMethod("na.fail")
na.fail.default <- function(object, ...) {
    ok <- complete.cases(object)
    if (all(ok)) object else stop("missing values in object")
}

na.pass <- function(object, ...) object

na.exclude <- function(object, ...) UseMethod("na.exclude")
na.exclude.default <- function(object, ...) {
    r <- na.omit(object, ...)
    a <- attr(r, "na.action")
    if (!is.null(a)) {
        class(a) <- "exclude"
        attr(r, "na.action") <- a
    }
    r
}

naresid <- function(omit, x, ...) UseMethod("naresid")
naresid.default <- function(omit, x, ...) x
naresid.exclude <- function(omit, x, ...) {
    if (length(omit) == 0 || !is.numeric(omit)) stop("invalid argument 'omit'")
    if (is.null(x)) return(x)
    if (is.matrix(x)) {
        n <- nrow(x)
        keep <- rep.int(NA, n + length(omit))
        keep[-omit] <- 1L:n
        x <- x[keep, , drop = FALSE]
        temp <- rownames(x)
        if (length(temp)) {
            temp[omit] <- names(omit)
            rownames(x) <- temp
        }
    } else {
        n <- length(x)
        keep <- rep.int(NA, n + length(omit))
        keep[-omit] <- 1L:n
        x <- x[keep]
        temp <- names(x)
        if (length(temp)) {
            temp[omit] <- names(omit)
            names(x) <- temp
        }
    }
    x
}

napredict <- function(omit, x, ...) UseMethod("napredict")
napredict.default <- function(omit, x, ...) x
napredict.exclude <- function(omit, x, ...) naresid.exclude(omit, x)

naprint <- function(x, ...) UseMethod("naprint")
naprint.default <- function(x, ...) return("")
naprint.omit <- function(x, ...) {
    n <- length(x)
    if (n == 0L) "" else sprintf(ngettext(n, "%d observation deleted due to missingness",
                                          "%d observations deleted due to missingness"), n)
}
naprint.exclude <- naprint.omit

# ------------------------------------------------------------------ orthogonal polynomials

poly <- function(x, ..., degree = 1, coefs = NULL, raw = FALSE, simple = FALSE) {
    dots <- list(...)
    if (length(dots)) {
        if (length(dots) == 1L && length(dots[[1L]]) == 1L) degree <- dots[[1L]]
        else stop("poly() of several variables is not supported in rlambda yet")
    }
    if (degree < 1) stop("'degree' must be at least 1")
    if (is.object(x) && mode(x) == "numeric") x <- as.numeric(x)
    if (raw) {
        Z <- outer(x, 1L:degree, `^`)
        colnames(Z) <- 1L:degree
    } else {
        if (is.null(coefs)) {
            if (anyNA(x)) stop("missing values are not allowed in 'poly'")
            if (degree >= length(unique(x))) stop("'degree' must be less than number of unique points")
            xbar <- mean(x)
            x <- x - xbar
            X <- outer(x, 0L:degree, `^`)
            QR <- qr(X)
            if (QR$rank < degree) stop("'degree' must be less than number of unique points")
            z <- QR$qr
            z <- z * (row(z) == col(z))
            Z <- qr.qy(QR, z)
            norm2 <- colSums(Z^2)
            alpha <- (colSums(x * Z^2) / norm2 + xbar)[1L:degree]
            norm2 <- c(1, norm2)
        } else {
            # the three-term recurrence of the fitted polynomials, for prediction
            alpha <- coefs$alpha
            norm2 <- coefs$norm2
            Z <- matrix(1, length(x), degree + 1L)
            Z[, 2] <- x - alpha[1L]
            if (degree > 1)
                for (i in 2:degree) Z[, i + 1] <- (x - alpha[i]) * Z[, i] - (norm2[i + 1] / norm2[i]) * Z[, i - 1]
        }
        Z <- Z / rep(sqrt(norm2[-1L]), each = length(x))
        colnames(Z) <- 0L:degree
        Z <- Z[, -1, drop = FALSE]
        if (!simple) attr(Z, "coefs") <- list(alpha = alpha, norm2 = norm2)
    }
    if (simple) Z else structure(Z, degree = 1L:degree, class = c("poly", "matrix"))
}

predict.poly <- function(object, newdata, ...) {
    if (missing(newdata)) object
    else if (is.null(attr(object, "coefs"))) poly(newdata, degree = max(attr(object, "degree")), raw = TRUE, simple = TRUE)
    else poly(newdata, degree = max(attr(object, "degree")), coefs = attr(object, "coefs"), simple = TRUE)
}

makepredictcall.poly <- function(var, call) {
    if (as.character(call)[1L] == "poly") call$coefs <- attr(var, "coefs")
    call
}

# Factor and table methods that GNU R also writes in R. factor(), levels<-, cut.default,
# table and friends are Java builtins (org.rlambda.base.FactorBuiltins).

droplevels <- function(x, ...) UseMethod("droplevels")
cut <- function(x, ...) UseMethod("cut")
summary <- function(object, ...) UseMethod("summary")

as.factor <- function(x) if (is.factor(x)) x else factor(x)
as.ordered <- function(x) if (is.ordered(x)) x else factor(x, ordered = TRUE)
ordered <- function(x = character(), ...) factor(x, ..., ordered = TRUE)

`[.factor` <- function(x, ..., drop = FALSE) {
    lev <- attr(x, "levels")
    cl <- attr(x, "class")
    y <- unclass(x)[...]
    attr(y, "levels") <- lev
    class(y) <- cl
    if (drop) droplevels(y) else y
}

`[[.factor` <- function(x, ...) {
    lev <- attr(x, "levels")
    cl <- attr(x, "class")
    y <- unclass(x)[[...]]
    attr(y, "levels") <- lev
    class(y) <- cl
    y
}

# Assigning labels: values must be existing levels, anything else becomes NA with a warning.
`[<-.factor` <- function(x, ..., value) {
    lev <- attr(x, "levels")
    cl <- attr(x, "class")
    if (is.factor(value)) value <- as.character.factor(value)
    codes <- match(value, lev)
    if (any(is.na(codes) & !is.na(value)))
        warning("invalid factor level, NA generated")
    y <- unclass(x)
    y[...] <- codes
    attr(y, "levels") <- lev
    class(y) <- cl
    y
}

`[[<-.factor` <- function(x, ..., value) {
    lev <- attr(x, "levels")
    cl <- attr(x, "class")
    if (is.factor(value)) value <- as.character.factor(value)
    codes <- match(value, lev)
    if (any(is.na(codes) & !is.na(value)))
        warning("invalid factor level, NA generated")
    y <- unclass(x)
    y[[...]] <- codes
    attr(y, "levels") <- lev
    class(y) <- cl
    y
}

# Only equality makes sense between factors: other operators warn and give NA.
Ops.factor <- function(e1, e2) {
    if (.Generic != "==" && .Generic != "!=") {
        warning(paste0(sQuote(.Generic), " not meaningful for factors"))
        return(rep.int(NA, max(length(e1), if (!missing(e2)) length(e2))))
    }
    if (is.factor(e1) && is.factor(e2)) {
        l1 <- levels(e1)
        l2 <- levels(e2)
        if (length(l1) != length(l2) || !all(sort(l1) == sort(l2)))
            stop("level sets of factors are different")
    }
    if (is.factor(e1)) e1 <- as.character.factor(e1)
    if (is.factor(e2)) e2 <- as.character.factor(e2)
    if (.Generic == "==") e1 == e2 else e1 != e2
}

Summary.factor <- function(..., na.rm) {
    stop(gettextf("%s not meaningful for factors", sQuote(.Generic)))
}

rev.factor <- function(x) x[length(x):1L]

as.vector.factor <- function(x, mode = "any") {
    if (mode == "any" || mode == "character") as.character.factor(x)
    else as.vector(unclass(x), mode)
}

summary.table <- function(object, ...) object

margin.table <- function(x, margin = NULL) marginSums(x, margin)
marginSums <- function(x, margin = NULL) {
    if (is.null(margin)) return(sum(x))
    z <- apply(x, margin, sum)
    dim(z) <- dim(x)[margin]
    dimnames(z) <- dimnames(x)[margin]
    class(z) <- "table"
    z
}

# A table subset stays a table while it keeps its dimensions (a 1-d table indexed by
# position, or a cross-table indexed without dropping).
`[.table` <- function(x, i, j, ..., drop = TRUE) {
    value <- NextMethod()
    nd <- length(dim(value))
    if (nd > 1L || nd == length(dim(x))) class(value) <- "table"
    value
}

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


margin.table <- function(x, margin = NULL) marginSums(x, margin)
marginSums <- function(x, margin = NULL) {
    if (is.null(margin)) return(sum(x))
    z <- apply(x, margin, sum)
    dim(z) <- dim(x)[margin]
    dimnames(z) <- dimnames(x)[margin]
    class(z) <- "table"
    z
}

# NA as an explicit level (always, or only when some value is missing).
addNA <- function(x, ifany = FALSE) {
    if (!is.factor(x)) x <- factor(x)
    hasNA <- anyNA(x)
    if (ifany && !hasNA) return(x)
    lev <- levels(x)
    if (anyNA(lev)) {
        if (!ifany && !hasNA) return(x)
    } else {
        lev <- c(lev, NA)
    }
    factor(x, levels = lev, exclude = NULL)
}

Math.factor <- function(x, ...) stop(gettextf("%s not meaningful for factors", sQuote(.Generic)))

# max, min and range of ordered factors work on the codes and map back to the shared levels.
Summary.ordered <- function(..., na.rm) {
    if (!(.Generic %in% c("max", "min", "range")))
        stop(gettextf("'%s' not defined for ordered factors", .Generic), domain = NA)
    args <- list(...)
    levset <- levels(args[[1L]])
    same <- vapply(args, function(a) is.ordered(a) && identical(levels(a), levset), NA)
    if (!all(same))
        stop(gettextf("'%s' is only meaningful for ordered factors if all arguments have the same level sets",
                      .Generic))
    pos <- do.call(.Generic, c(lapply(args, as.integer), na.rm = na.rm))
    ordered(levset[pos], levels = levset)
}

# Order comparisons of ordered factors compare level positions; a plain value is looked up in the levels.
Ops.ordered <- function(e1, e2) {
    if (!(.Generic %in% c("<", ">", "<=", ">=", "==", "!="))) {
        warning(sprintf("'%s' is not meaningful for ordered factors", .Generic))
        return(rep.int(NA, max(length(e1), if (!missing(e2)) length(e2))))
    }
    if (.Generic %in% c("==", "!=")) return(NextMethod(.Generic))
    missingValues <- is.na(e1) | is.na(e2)
    o1 <- is.ordered(e1)
    o2 <- is.ordered(e2)
    if (o1 && o2) {
        if (length(levels(e1)) != length(levels(e2)) || !all(levels(e2) == levels(e1)))
            stop("level sets of factors are different")
        e1 <- as.integer(e1)
        e2 <- as.integer(e2)
    } else if (o1) {
        e2 <- match(e2, levels(e1))
        e1 <- as.integer(e1)
    } else {
        e1 <- match(e1, levels(e2))
        e2 <- as.integer(e2)
    }
    value <- get(.Generic, mode = "function")(e1, e2)
    value[missingValues] <- NA
    value
}

# Subsets of a table stay tables while they keep the table's shape (or are still a matrix).
`[.table` <- function(x, i, j, ..., drop = TRUE) {
    value <- NextMethod()
    rank <- length(dim(value))
    if (rank > 1L || rank == length(dim(x))) class(value) <- oldClass(x)
    value
}

# Tables extended with sums over the given margins (all of them by default).
addmargins <- function(A, margin = seq_along(dim(A)), FUN = sum, quiet = FALSE) {
    if (is.null(dim(A))) stop("'A' must be an array or table")
    d <- dim(A)
    dn <- dimnames(A)
    if (is.null(dn)) dn <- vector("list", length(d))
    for (m in margin) {
        d <- dim(A)
        dn <- dimnames(A)
        sums <- apply(A, seq_along(d)[-m], FUN)
        newd <- d
        newd[m] <- d[m] + 1L
        perm <- c(seq_along(d)[-m], m)
        B <- array(c(aperm(A, perm), sums), dim = newd[perm])
        B <- aperm(B, order(perm))
        newdn <- dn
        newdn[[m]] <- c(if (is.null(dn[[m]])) rep("", d[m]) else dn[[m]], "Sum")
        dimnames(B) <- newdn
        A <- B
    }
    class(A) <- c("table")
    A
}

# summary.table and its print method are in tables.R

is.table <- function(x) inherits(x, "table")

# c() of factors: the union of the levels (through unlist); ordered only when all are ordered
# with the same levels.
c.factor <- function(..., recursive = TRUE) {
    parts <- list(...)
    value <- unlist(parts, recursive = recursive)
    if (inherits(value, "factor") && all(vapply(parts, is.ordered, NA)) &&
        length(unique(lapply(parts, levels))) == 1L)
        class(value) <- c("ordered", "factor")
    value
}

# Dates cut into calendar periods ("day", "week", "month", "quarter", "year", optionally "2 months"...),
# at given Date breaks, or into a number of intervals. Levels are the periods' first days.
cut.Date <- function(x, breaks, labels = NULL, start.on.monday = TRUE, right = FALSE, ...) {
    if (!inherits(x, "Date")) stop("'x' must be a date-time object")
    if (inherits(breaks, "Date")) {
        breaks <- sort(breaks)
    } else if (is.numeric(breaks) && length(breaks) == 1L) {
        # a number of intervals: cut the day numbers
    } else if (is.character(breaks) && length(breaks) == 1L) {
        spec <- strsplit(breaks, " ", fixed = TRUE)[[1L]]
        if (length(spec) > 2L) stop("invalid specification of 'breaks'")
        units <- c("days", "weeks", "months", "years", "DSTdays", "quarters")
        unit <- units[pmatch(spec[length(spec)], units)]
        if (is.na(unit)) stop("invalid specification of 'breaks'")
        step <- if (length(spec) == 2L) as.integer(spec[1L]) else 1L
        rx <- range(x, na.rm = TRUE)
        first <- rx[1L]
        year <- as.integer(format(first, "%Y"))
        month <- as.integer(format(first, "%m"))
        start <- switch(unit,
            days = , DSTdays = first,
            weeks = first - (if (start.on.monday) (as.integer(format(first, "%u")) - 1L)
                             else as.integer(format(first, "%u")) %% 7L),
            months = as.Date(sprintf("%04d-%02d-01", year, month)),
            quarters = as.Date(sprintf("%04d-%02d-01", year, 3L * ((month - 1L) %/% 3L) + 1L)),
            years = as.Date(sprintf("%04d-01-01", year)))
        by <- switch(unit,
            days = , DSTdays = paste(step, "days"),
            weeks = paste(step, "weeks"),
            months = paste(step, "months"),
            quarters = paste(3L * step, "months"),
            years = paste(step, "years"))
        # period starts up to the first one after the last date
        n <- 2L
        repeat {
            b <- seq(start, by = by, length.out = n)
            if (b[n] > rx[2L]) break
            n <- 2L * n
        }
        breaks <- b[seq_len(which(b > rx[2L])[1L])]
    } else {
        stop("invalid specification of 'breaks'")
    }
    res <- cut(unclass(x), unclass(breaks), labels = labels, right = right, ...)
    if (is.null(labels)) {
        levels(res) <- as.character(if (is.numeric(breaks)) x[!duplicated(res)] else breaks[-length(breaks)])
    }
    res
}

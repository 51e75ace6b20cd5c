# Vector functions that GNU R defines as R closures: S3 generics over Java methods, and small definitions.

seq <- function(...) UseMethod("seq")
rev <- function(x) UseMethod("rev")
head <- function(x, ...) UseMethod("head")
tail <- function(x, ...) UseMethod("tail")
unique <- function(x, incomparables = FALSE, ...) UseMethod("unique")
duplicated <- function(x, incomparables = FALSE, ...) UseMethod("duplicated")
anyDuplicated <- function(x, incomparables = FALSE, ...) UseMethod("anyDuplicated")
sort <- function(x, decreasing = FALSE, ...) {
    if (!is.logical(decreasing) || length(decreasing) != 1L)
        stop("'decreasing' must be a length-1 logical vector.\nDid you intend to set 'partial'?")
    UseMethod("sort")
}
mean <- function(x, ...) UseMethod("mean")
median <- function(x, na.rm = FALSE, ...) UseMethod("median")
diff <- function(x, ...) UseMethod("diff")
as.list <- function(x, ...) UseMethod("as.list")
xtfrm <- function(x) UseMethod("xtfrm")
`is.na<-` <- function(x, value) UseMethod("is.na<-")
`is.na<-.default` <- function(x, value) {
    x[value] <- NA
    x
}

isTRUE <- function(x) is.logical(x) && length(x) == 1L && !is.na(x) && x
isFALSE <- function(x) is.logical(x) && length(x) == 1L && !is.na(x) && !x
xor <- function(x, y) (x | y) & !(x & y)
factorial <- function(x) gamma(x + 1)
lfactorial <- function(x) lgamma(x + 1)

.Machine <- list(double.eps = 2^-52, double.neg.eps = 2^-53, double.xmin = 2^-1022,
    double.xmax = (2 - 2^-52) * 2^1023, double.base = 2L, double.digits = 53L,
    double.rounding = 5L, double.guard = 0L, double.ulp.digits = -52L,
    double.neg.ulp.digits = -53L, double.exponent = 11L, double.min.exp = -1022L,
    double.max.exp = 1024L, integer.max = 2147483647L, sizeof.long = 8L,
    sizeof.longlong = 8L, sizeof.longdouble = 16L, sizeof.pointer = 8L,
    sizeof.time_t = 8L, longdouble.eps = 2^-63, longdouble.neg.eps = 2^-64,
    longdouble.digits = 64L, longdouble.rounding = 5L, longdouble.guard = 0L,
    longdouble.ulp.digits = -63L, longdouble.neg.ulp.digits = -64L,
    longdouble.exponent = 15L, longdouble.min.exp = -16382L, longdouble.max.exp = 16384L)

pi <- 3.141592653589793
T <- TRUE
F <- FALSE
LETTERS <- c("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M",
    "N", "O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z")
letters <- c("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z")
month.name <- c("January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December")
month.abb <- c("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
    "Oct", "Nov", "Dec")

# head() and tail() of matrices, arrays and tables keep their shape: n counts along the
# first dimensions (a vector n along several; NA leaves a dimension whole); tail() names
# the rows and columns it kept by their former numbers when they had no names.
checkHT <- function(n, d) {
    len <- length(n)
    msg <- if (len == 0L || all(is.na(n)))
        "invalid 'n' -  must contain at least one non-missing element, got none."
    else if (is.null(d) && len > 1L)
        sprintf("invalid 'n' - must have length one when dim(x) is NULL, got %d", len)
    else if (!is.null(d) && len > length(d))
        sprintf("invalid 'n' - length(n) must be <= length(dim(x)), got %d > %d", len, length(d))
    if (!is.null(msg)) stop(msg, domain = NA)
    invisible()
}
.rlambdaHeadTailCut <- function(x, n, d, fromEnd) {
    kept <- vector("list", length(d))
    for (i in seq_along(d)) {
        k <- if (i <= length(n)) n[i] else NA
        if (is.na(k)) next
        len <- if (k < 0L) max(d[i] + k, 0L) else min(k, d[i])
        kept[[i]] <- if (fromEnd) seq.int(to = d[i], length.out = len) else seq_len(len)
    }
    index <- lapply(seq_along(d), function(i) if (is.null(kept[[i]])) seq_len(d[i]) else kept[[i]])
    list(value = do.call(`[`, c(list(x), index, list(drop = FALSE))), kept = kept)
}
head.array <- function(x, n = 6L, ...) {
    checkHT(n, d <- dim(x))
    .rlambdaHeadTailCut(x, n, d, FALSE)$value
}
head.matrix <- head.array
tail.array <- function(x, n = 6L, keepnums = TRUE, addrownums, ...) {
    if (!missing(addrownums) && missing(keepnums)) keepnums <- addrownums
    checkHT(n, d <- dim(x))
    cut <- .rlambdaHeadTailCut(x, n, d, TRUE)
    ans <- cut$value
    if (keepnums && length(d) > 1L) {
        dn <- dimnames(ans)
        for (i in seq_along(d)) {
            rows <- cut$kept[[i]]
            if (is.null(rows) || !is.null(dn[[i]])) next
            label <- if (i == 1L) format(sprintf("[%d,]", rows), justify = "right")
                     else if (i == 2L) sprintf("[,%d]", rows)
                     else as.character(rows)
            if (is.null(dimnames(ans))) dimnames(ans) <- vector("list", length(d))
            dimnames(ans)[[i]] <- label
        }
    }
    ans
}
tail.matrix <- tail.array

head.function <- function(x, n = 6L, ...) {
    lines <- as.matrix(deparse(x))
    dimnames(lines) <- list(seq_along(lines), "")
    noquote(head(lines, n = n))
}
tail.function <- function(x, n = 6L, ...) {
    lines <- as.matrix(deparse(x))
    dimnames(lines) <- list(seq_along(lines), "")
    noquote(tail(lines, n = n))
}

# Run-length encoding: a run ends where the next element differs (NA never matches).
rle <- function(x) {
    if (!is.vector(x) && !is.list(x))
        stop("'x' must be a vector of an atomic type")
    n <- length(x)
    if (n == 0L)
        return(structure(list(lengths = integer(), values = x), class = "rle"))
    differs <- x[-1L] != x[-n]
    ends <- c(which(differs | is.na(differs)), n)
    structure(list(lengths = diff(c(0L, ends)), values = x[ends]), class = "rle")
}

inverse.rle <- function(x, ...) {
    lens <- x$lengths
    vals <- x$values
    if (is.null(lens) || is.null(vals) || length(lens) != length(vals))
        stop("invalid 'rle' structure")
    rep.int(vals, lens)
}

print.rle <- function(x, digits = getOption("digits"), prefix = "", ...) {
    if (is.null(digits)) digits <- getOption("digits")
    cat("", "Run Length Encoding\n", "  lengths:", sep = prefix)
    utils::str(x$lengths)
    cat("", "  values :", sep = prefix)
    utils::str(x$values, digits.d = digits)
    invisible(x)
}

sort.list <- function(x, partial = NULL, na.last = TRUE, decreasing = FALSE,
                      method = c("auto", "shell", "quick", "radix")) {
    method <- match.arg(method)
    if (!is.null(partial))
        stop("argument 'partial != NULL' is not used (yet)", call. = FALSE)
    if (!is.atomic(x))
        stop("'x' must be atomic for 'sort.list', method \"shell\" and \"quick\"\nHave you called 'sort' on a list?")
    if (method == "quick") method <- "auto"
    if (is.na(na.last)) {
        x <- x[!is.na(x)]
        na.last <- TRUE
    }
    order(x, na.last = na.last, decreasing = decreasing, method = method)
}

# Rows (MARGIN = 1) or columns of a matrix/array compared whole: each slice becomes one key,
# its elements pasted together as GNU R does (so numbers compare at 15 significant digits).
.sliceKeys <- function(x, MARGIN) {
    dx <- dim(x)
    if (length(MARGIN) > length(dx) || any(MARGIN > length(dx)))
        stop(gettextf("MARGIN = %s is invalid for dim = %s",
                      paste(MARGIN, collapse = ","), paste(dx, collapse = ",")), domain = NA)
    if (length(dx) > 1L && prod(dx[-MARGIN]) > 1L)
        apply(x, MARGIN, function(s) paste(s, collapse = "\r"))
    else x
}

duplicated.matrix <- function(x, incomparables = FALSE, MARGIN = 1L, fromLast = FALSE, ...) {
    keys <- .sliceKeys(x, MARGIN)
    dup <- duplicated.default(as.vector(keys), fromLast = fromLast, ...)
    if (!is.null(dim(keys))) {
        dim(dup) <- dim(keys)
        dimnames(dup) <- dimnames(keys)
    }
    dup
}
duplicated.array <- duplicated.matrix

anyDuplicated.matrix <- function(x, incomparables = FALSE, MARGIN = 1L, fromLast = FALSE, ...)
    anyDuplicated.default(as.vector(.sliceKeys(x, MARGIN)), fromLast = fromLast, ...)
anyDuplicated.array <- anyDuplicated.matrix

unique.matrix <- function(x, incomparables = FALSE, MARGIN = 1, fromLast = FALSE, ...) {
    keep <- !duplicated.default(as.vector(.sliceKeys(x, MARGIN)), fromLast = fromLast, ...)
    idx <- rep(list(quote(expr = )), length(dim(x)))
    idx[[MARGIN]] <- keep
    do.call(`[`, c(list(x), idx, drop = FALSE))
}
unique.array <- unique.matrix

is.recursive <- function(x)
    is.list(x) || is.function(x) || is.environment(x) || is.call(x) || is.expression(x) ||
        (is.pairlist(x) && !is.null(x))

# hexmode / octmode: integers shown in base 16 / 8, zero-padded to a common width.
.asIntMode <- function(x, base, cls) {
    if (inherits(x, cls)) return(x)
    if (is.double(x) && all(is.na(x) | x == as.integer(x))) x <- as.integer(x)
    if (is.integer(x)) return(structure(x, class = cls))
    if (is.character(x)) {
        z <- strtoi(x, base)
        if (!any(is.na(z) & !is.na(x))) return(structure(z, class = cls))
    }
    NULL
}
.formatIntMode <- function(x, fmt, width = NULL) {
    isna <- is.na(x)
    digits <- sprintf(fmt, as.integer(unclass(x)[!isna]))
    if (is.null(width)) width <- max(nchar(digits), 0L)
    digits <- paste0(strrep("0", pmax(0L, width - nchar(digits))), digits)
    ans <- rep.int(NA_character_, length(x))
    ans[!isna] <- digits
    dim(ans) <- dim(x)
    dimnames(ans) <- dimnames(x)
    names(ans) <- names(x)
    ans
}
as.hexmode <- function(x) {
    if (is.null(ans <- .asIntMode(x, 16L, "hexmode")))
        stop("'x' cannot be coerced to class \"hexmode\"")
    ans
}
as.octmode <- function(x) {
    if (is.null(ans <- .asIntMode(x, 8L, "octmode")))
        stop("'x' cannot be coerced to class \"octmode\"")
    ans
}
format.hexmode <- function(x, width = NULL, upper.case = FALSE, ...)
    .formatIntMode(x, if (upper.case) "%X" else "%x", width)
format.octmode <- function(x, width = NULL, ...) .formatIntMode(x, "%o", width)
as.character.hexmode <- function(x, ...) format.hexmode(x, ...)
as.character.octmode <- function(x, ...) format.octmode(x, ...)
print.hexmode <- function(x, ...) {
    print(format(x), ...)
    invisible(x)
}
print.octmode <- function(x, ...) {
    print(format(x), ...)
    invisible(x)
}
`[.hexmode` <- function(x, i) structure(unclass(x)[i], class = "hexmode")
`[.octmode` <- function(x, i) structure(unclass(x)[i], class = "octmode")

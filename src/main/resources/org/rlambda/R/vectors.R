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

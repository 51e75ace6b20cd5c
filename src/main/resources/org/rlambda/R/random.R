# sample() and sample.int() are closures in GNU R (so errors name "sample.int(...)");
# the drawing itself is the Java builtin .sampleInt.

sample <- function(x, size, replace = FALSE, prob = NULL)
{
    if(length(x) == 1L && is.numeric(x) && is.finite(x) && x >= 1) {
        if(missing(size)) size <- x
        sample.int(x, size, replace, prob)
    } else {
        if(missing(size)) size <- length(x)
        x[sample.int(length(x), size, replace, prob)]
    }
}

sample.int <- function(n, size = n, replace = FALSE, prob = NULL)
{
    if (length(n) != 1L) stop("length(n) == 1L is not TRUE")
    .sampleInt(n, size, replace, prob)
}

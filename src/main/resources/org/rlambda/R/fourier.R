# Fourier transforms (kernels in org.rlambda.stats.Fourier) and convolution through them
fft <- function(z, inverse = FALSE) .fft(z, inverse, FALSE)
mvfft <- function(z, inverse = FALSE) .fft(z, inverse, TRUE)
nextn <- function(n, factors = c(2, 3, 5)) .nextn(n, factors)

convolve <- function(x, y, conj = TRUE, type = c("circular", "open", "filter")) {
    type <- match.arg(type)
    n <- length(x)
    ny <- length(y)
    Real <- is.numeric(x) && is.numeric(y)
    if (type == "circular") {
        if (ny != n) stop("length mismatch in convolution")
    } else {
        n1 <- ny - 1
        x <- c(rep.int(0, n1), x)
        n <- length(y <- c(y, rep.int(0, n - 1)))
    }
    x <- fft(fft(x) * (if (conj) Conj(fft(y)) else fft(y)), inverse = TRUE)
    if (type == "filter") {
        (if (Real) Re(x) else x)[-c(1L:n1, (n - n1 + 1L):n)] / n
    } else (if (Real) Re(x) else x) / n
}

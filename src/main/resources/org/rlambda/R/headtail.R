# utils::head and tail for matrices and arrays: n gives the extent per dimension (NA: all of it,
# negative: all but that many). tail() labels the kept rows/columns with their positions.

checkHT <- function(n, d) {
    len <- length(n)
    msg <- if (len == 0L || all(is.na(n)))
        gettext("invalid 'n' - must contain at least one non-missing element, got none.")
    else if (is.null(d) && len > 1L)
        gettextf("invalid 'n' - must have length one when dim(x) is NULL, got %d", len)
    else if (!is.null(d) && len > length(d))
        gettextf("invalid 'n' - length(n) must be <= length(dim(x)), got %d > %d", len, length(d))
    else return(invisible())
    stop(msg, domain = NA)
}

.headTailIndex <- function(n, d, n.dim, head) {
    lapply(seq_along(d), function(k) {
        if (k > length(n) || is.na(n[k])) return(seq_len(d[k]))
        keep <- if (n[k] >= 0L) min(n[k], d[k]) else max(d[k] + n[k], 0L)
        if (head) seq_len(keep) else seq.int(to = d[k], length.out = keep)
    })
}

head.array <- function(x, n = 6L, ...) {
    checkHT(n, d <- dim(x))
    idx <- .headTailIndex(n, d, length(n), TRUE)
    do.call(`[`, c(list(x), idx, drop = FALSE))
}
head.matrix <- head.array

tail.array <- function(x, n = 6L, keepnums = TRUE, addrownums, ...) {
    checkHT(n, d <- dim(x))
    if (!missing(addrownums)) keepnums <- addrownums
    idx <- .headTailIndex(n, d, length(n), FALSE)
    ans <- do.call(`[`, c(list(x), idx, drop = FALSE))
    if (keepnums && length(d) == 2L) {
        dn <- dimnames(ans)
        if (is.null(dn)) dn <- vector("list", 2L)
        for (k in seq_len(min(length(n), 2L))) {
            if (!is.na(n[k]) && is.null(dn[[k]]) && length(idx[[k]]))
                dn[[k]] <- if (k == 1L) sprintf("[%d,]", idx[[k]]) else sprintf("[,%d]", idx[[k]])
        }
        dimnames(ans) <- dn
    }
    ans
}
tail.matrix <- tail.array

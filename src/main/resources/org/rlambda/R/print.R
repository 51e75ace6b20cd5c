# Printing and formatting generics. print.default, print.factor, format.default, formatC,
# prettyNum, sprintf and cat are Java builtins (org.rlambda.print).

print <- function(x, ...) UseMethod("print")

format <- function(x, ...) UseMethod("format")

format.factor <- function(x, ...)
    format(structure(as.character(x), names = names(x), dim = dim(x), dimnames = dimnames(x)), ...)

toString <- function(x, ...) UseMethod("toString")

toString.default <- function(x, width = NULL, ...) {
    string <- paste(x, collapse = ", ")
    if (is.null(width) || width == 0) return(string)
    if (width < 0) stop("'width' must be positive")
    if (nchar(string, type = "w") > width) {
        width <- max(6, width)
        string <- paste0(strtrim(string, width - 4), "....")
    }
    string
}

noquote <- function(obj, right = FALSE) {
    if (!inherits(obj, "noquote"))
        class(obj) <- c(attr(obj, "class"), if (right) c(right = "noquote") else "noquote")
    obj
}

print.noquote <- function(x, quote = FALSE, right = FALSE, ...) {
    cl <- attr(x, "class")
    original <- x
    if (!is.null(cl)) {
        nq <- cl == "noquote"
        if (missing(right)) right <- any(names(cl[nq]) == "right")
        if (any(nq)) {
            rest <- cl[!nq]
            attr(x, "class") <- if (length(rest)) rest
        }
    }
    print(x, quote = quote, right = right, ...)
    invisible(original)
}

`[.noquote` <- function(x, ...) {
    keep <- attributes(x)
    r <- unclass(x)[...]
    attributes(r) <- c(attributes(r), keep[is.na(match(names(keep), c("dim", "dimnames", "names")))])
    r
}

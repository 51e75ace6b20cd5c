x <- list(a = 1, b = NULL, c = 3)
length(x)
names(x)
x
x$c <- NULL
names(x)
x["d"] <- list(NULL)
str(x)
x[["e"]] <- NULL
names(x)
y <- list(1, NULL, 3, NULL)
sapply(y, is.null)
Filter(Negate(is.null), y)
y[!vapply(y, is.null, logical(1))]
z <- vector("list", 3)
z
z[[2]] <- "filled"
z
is.null(list())
length(list(NULL))
l <- list(a = 1)
l$missing
is.null(l$missing)
l[c("a", "nope")]

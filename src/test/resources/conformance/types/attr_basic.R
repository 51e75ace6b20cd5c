x <- 1:5
attr(x, "units") <- "cm"
x
attr(x, "units")
attributes(x)
attr(x, "units") <- NULL
attributes(x)
y <- structure(1:3, myattr = "hello", other = 42)
attr(y, "other")
attr(y, "my")
attr(y, "my", exact = TRUE)
attr(y, "missing")
z <- structure(1, abc = 1, abd = 2)
attr(z, "ab")

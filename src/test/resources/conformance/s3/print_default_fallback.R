x <- structure(1:3, class = "noprint")
x
print(unclass(x))
y <- structure(list(a = 1, b = "two"), class = "rec")
y
z <- structure(c(a = 1.5, b = 2), myattr = "kept")
z

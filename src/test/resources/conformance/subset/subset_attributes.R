x <- structure(1:5, names = letters[1:5], units = "cm", class = "measure")
y <- unclass(x)[2:3]
attributes(y)
z <- structure(c(1, 2, 3), myattr = "keep?")
attributes(z[1:2])
attributes(z[])
w <- structure(list(1, 2), extra = TRUE)
attributes(w[1])

x <- structure(1:3, units = "cm")
x
y <- structure(c(a = 1.5, b = 2.5), note = "weights", source = "scale")
y
z <- structure(list(a = 1), meta = structure(2, inner = "deep"))
z

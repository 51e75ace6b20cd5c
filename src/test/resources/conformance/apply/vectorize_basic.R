step <- function(x, threshold = 0) if (x > threshold) "above" else "below"
vstep <- Vectorize(step)
print(vstep(c(-1, 0.5, 3)))
print(vstep(c(1, 2, 3), threshold = 2))
add <- function(a, b) a + b
vadd <- Vectorize(add)
print(vadd(1:3, 2))
print(names(formals(vstep)))
vrep <- Vectorize(function(n, s) paste(rep(s, n), collapse = ""), "n")
print(vrep(1:3, "ab"))

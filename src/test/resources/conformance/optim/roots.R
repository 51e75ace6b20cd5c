# optimize/optimise and uniroot: values, iterations, extendInt, warnings and errors
f <- function(x, a) (x - a)^2
optimize(f, c(0, 1), tol = 0.0001, a = 1/3)
optimize(function(x) x^2 * (print(x) - 1), lower = 0, upper = 10)
optimise(function(x) abs(x - 0.2), c(-1, 1), maximum = FALSE)
optimize(function(x) -x^2, c(-1, 2), maximum = TRUE)
optimize(function(x) if (x < 0.5) NA else x, c(0, 1))
try(optimize(function(x) c(x, x), c(0, 1)))
try(optimize(function(x) x, c(1, 1)))
try(optimize(function(x) x, c(0, Inf)))
try(optimize(function(x) x, c(0, 1), tol = -1))
uniroot(function(x) cos(x) - x, lower = -pi, upper = pi, tol = 1e-9)$root
str(uniroot(function(x) x * (x^2 - 1) + 0.5 * x, lower = -2, upper = 2))
r <- uniroot(function(x) exp(x) - 10, c(0, 1), extendInt = "upX"); r$root; r$init.it
r <- uniroot(function(x) 1 - x, c(5, 10), extendInt = "downX"); r$root; r$iter
str(uniroot(function(x) x^3 - 8, c(3, 4), extendInt = "yes", trace = 2))
try(uniroot(function(x) x^2 + 1, c(-1, 1)))
try(uniroot(function(x) x^2 + 1, c(-1, 1), extendInt = "yes", maxiter = 20))
try(uniroot(function(x) x, c(1, 0)))
try(uniroot(function(x) x, c(0, 1, 2)))
try(uniroot(function(x) NA, c(0, 1)))
r <- uniroot(function(x) x - 0.123456, c(0, 1), maxiter = 3)
r$iter
try(uniroot(function(x) x - 0.123456, c(0, 1), maxiter = 3, check.conv = TRUE))
uniroot(function(x) x, c(0, 1))$iter
uniroot(function(x) pnorm(x) - 0.975, c(0, 5), tol = 1e-10)$root
uniroot(function(x) ifelse(x > 0.3, Inf, -1), c(0, 1))$root

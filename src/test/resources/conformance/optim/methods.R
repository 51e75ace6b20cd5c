optim(c(1, 1), function(p) (p[1] - 3)^2 + (p[2] + 1)^2)
fr <- function(x) { x1 <- x[1]; x2 <- x[2]; 100 * (x2 - x1 * x1)^2 + (1 - x1)^2 }
grr <- function(x) { x1 <- x[1]; x2 <- x[2]
    c(-400 * x1 * (x2 - x1 * x1) - 2 * (1 - x1), 200 * (x2 - x1 * x1)) }
optim(c(-1.2,1), fr)
optim(c(-1.2,1), fr, grr, method = "BFGS")
optim(c(-1.2,1), fr, NULL, method = "BFGS", hessian = TRUE)
optim(c(-1.2,1), fr, grr, method = "CG")
optim(c(-1.2,1), fr, grr, method = "CG", control = list(type = 2))
optimHess(c(1,1), fr, grr)
r <- optim(c(a=-1.2,b=1), fr, control=list(trace=1)); r$par
optim(c(-1.2,1), fr, grr, method = "BFGS", control=list(trace=1, REPORT=1))$counts
set.seed(123); optim(c(-1.2,1), fr, method = "SANN")
optimize(function(x) (x-1/3)^2, c(0, 1))
optimise(function(x) sin(x), c(0, 2*pi), maximum = TRUE)
uniroot(function(x) x^2 - 2, c(0, 2))
str(uniroot(function(x) x*(x^2-1) + .5*x, lower = -2, upper = 2, tol = 0.0001))
uniroot(exp, c(0,1), extendInt="yes")
f1 <- function(x) (121 - x^2)/(x^2+1)
str(uniroot(f1, c(0, 10), extendInt="yes", trace=1))
try(uniroot(function(x) x^2+1, c(0, 2)))
optim(1, function(x) (x-2)^2, method="Brent", lower=0, upper=5)
optim(3, function(x) (x-2)^2)

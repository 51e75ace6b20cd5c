# optim's argument checks, warnings, scaling and control options
fr <- function(x) 100 * (x[2] - x[1]^2)^2 + (1 - x[1])^2
r <- optim(c(-1.2, 1), fr, control = list(maxit = 50))
r$convergence; r$counts
r <- optim(c(-1.2, 1), fr, method = "BFGS", control = list(maxit = 5))
r$convergence; r$counts
optim(c(-1.2, 1), fr, control = list(fnscale = 2, parscale = c(2, 2)))$par
optim(c(-1.2, 1), fr, method = "BFGS", control = list(parscale = c(10, 10), reltol = 1e-12))$par
optim(c(x = 1, y = 2), function(p) sum((p - c(3, 4))^2), method = "BFGS", hessian = TRUE)
# maximisation through a negative fnscale
optim(1, function(x) -(x - 2)^2 + 5, method = "BFGS", control = list(fnscale = -1))$par
r <- optim(c(1, 1), function(p) sum(p^2), control = list(foo = 1, bar = 2))
try(optim(c(1, 1), fr, method = "Brent"))
try(optim(1, fr, method = "Brent"))
try(optim(c(1, 1), fr, control = list(parscale = 1)))
try(optim(c(1, 1), "fr"))
try(optim(c(1, 1), function(p) c(1, 2)))
try(optim(c(1, 1), function(p) NA))
try(optim(c(1, 1), fr, gr = 3, method = "BFGS"))
try(optim(c(1, 1), fr, function(p) 1, method = "BFGS"))
try(optim(c(1, 1), fr, method = "CG", control = list(type = 4, trace = 1)))
optim(c(2, 2), function(p) sum(p^2), method = "CG", control = list(type = 3))$counts
optim(c(2, 2), function(p) sum((p - 1)^4), method = "CG", control = list(trace = 1, maxit = 3))$convergence
optimHess(c(a = 1, b = 2), function(p) p[1]^2 * p[2]^3)
optimHess(c(1, 2), function(p) p[1]^2 * p[2]^3, control = list(ndeps = c(1e-4, 1e-4)))
set.seed(1)
r <- optim(c(2, 2), function(p) sum(p^2), method = "SANN", control = list(maxit = 200, trace = 1, REPORT = 5))
r$value
set.seed(2)
optim(c(2, 2), function(p) sum(p^2), function(p) p + rnorm(2, sd = 0.1), method = "SANN",
      control = list(maxit = 100))$counts
f <- function(x, a) (x - a)^2
optim(1, f, a = 3, method = "Brent", lower = -10, upper = 10)$par

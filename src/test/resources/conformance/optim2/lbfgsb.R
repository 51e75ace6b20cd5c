# optim(method = "L-BFGS-B"): bounds, gradients, counts, messages, trace
fr <- function(x) 100 * (x[2] - x[1]^2)^2 + (1 - x[1])^2
grr <- function(x) c(-400 * x[1] * (x[2] - x[1]^2) - 2 * (1 - x[1]), 200 * (x[2] - x[1]^2))
r <- optim(c(-1.2, 1), fr, grr, method = "L-BFGS-B")
signif(r$par, 6); r$value < 1e-10; r$counts; r$convergence; r$message
optim(c(-1.2, 1), fr, method = "L-BFGS-B")
# the 25-dimensional box-constrained example of ?optim
flb <- function(x) { p <- length(x); sum(c(1, rep(4, p - 1)) * (x - c(1, x[-p])^2)^2) }
optim(rep(3, 25), flb, NULL, method = "L-BFGS-B", lower = rep(2, 25), upper = rep(4, 25))
# bounds switch the method (with a warning)
optim(c(1, 1), function(p) (p[1] - 3)^2 + (p[2] + 1)^2, lower = c(0, 0))
optim(c(0.5, 0.5), function(p) sum((p - c(2, -3))^2), method = "L-BFGS-B", lower = 0, upper = 1)
# infeasible start is projected; one-sided bounds
optim(c(10, -10), function(p) sum((p - 1)^2), method = "L-BFGS-B", lower = c(-Inf, 2), upper = c(5, Inf))
# named parameters, parscale, fnscale (maximisation), hessian
f2 <- function(p) -(p[["a"]] - 1)^2 - 2 * (p[["b"]] - 2)^2 + 5
optim(c(a = 0, b = 0), f2, method = "L-BFGS-B", lower = c(-1, -1), upper = c(3, 1.5),
      control = list(fnscale = -1), hessian = TRUE)
optim(c(1, 1), function(p) (p[1] - 300)^2 + (p[2] - 0.02)^2 * 1e4, method = "L-BFGS-B",
      lower = c(0, 0), control = list(parscale = c(100, 0.01)))
# maxit reached, factr, pgtol, lmm
optim(c(-1.2, 1), fr, grr, method = "L-BFGS-B", control = list(maxit = 5))
r <- optim(c(-1.2, 1), fr, grr, method = "L-BFGS-B", control = list(factr = 1e12))
r$par; signif(r$value, 3); r$counts; r$message
r <- optim(c(-1.2, 1), fr, grr, method = "L-BFGS-B", control = list(pgtol = 1e-2, lmm = 3))
r$par; signif(r$value, 3); r$counts; r$message
# already at the optimum: projected gradient zero
optim(c(0, 0), function(p) sum(p^2), function(p) 2 * p, method = "L-BFGS-B")
# a variable fixed by equal bounds
optim(c(1, 2, 3), function(p) sum((p - c(5, 5, 5))^2), function(p) 2 * (p - 5),
      method = "L-BFGS-B", lower = c(0, 2, 0), upper = c(4, 2, 10))
tryCatch(optim(c(1, 2, 3), function(p) sum((p - c(5, 5, 5))^2), method = "L-BFGS-B",
               lower = c(0, 2, 0), upper = c(4, 2, 10)), error = function(e) conditionMessage(e))
# trace output
invisible(optim(c(-1.2, 1), fr, grr, method = "L-BFGS-B", control = list(trace = 1)))
invisible(optim(c(-1.2, 1), fr, grr, method = "L-BFGS-B", control = list(trace = 1, REPORT = 5)))
# warnings and errors
r <- optim(c(1, 1), function(p) sum(p^2), method = "L-BFGS-B", control = list(reltol = 1e-4))
r$convergence
r <- optim(c(1, 1), function(p) sum(p^2), method = "L-BFGS-B", lower = c(2, 0), upper = c(1, 3))
r$par; r$counts; r$convergence; r$message
tryCatch(optim(c(1, 1), function(p) if (p[1] < 0.5) NA else sum(p^2), method = "L-BFGS-B"),
         error = function(e) conditionMessage(e))
tryCatch(optim(c(1, 1), function(p) sum(p^2), method = "L-BFGS-B", control = list(REPORT = 0)),
         error = function(e) conditionMessage(e))
# detailed trace levels of the L-BFGS-B code
invisible(optim(c(3, 3), function(p) sum((p - 1)^2), method = "L-BFGS-B", lower = c(2, -Inf),
                control = list(trace = 3, REPORT = 2)))
invisible(optim(c(0.5, 0.5), function(p) sum((p - c(2, -3))^2), method = "L-BFGS-B",
                lower = 0, upper = 1, control = list(trace = 2)))

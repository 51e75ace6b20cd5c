cl <- quote(lm(y ~ x, data = d))
cl$weights <- quote(w)
cl$data <- NULL
print(cl)
cl[["subset"]] <- quote(x > 0)
print(names(cl))
f <- function(...) {
  cl <- sys.call()
  cl[[1]] <- as.name("list")
  eval(cl, parent.frame())
}
print(f(a = 1, b = "z"))
print(as.call(c(as.name("sum"), as.list(1:4))))
print(eval(as.call(c(as.name("sum"), as.list(1:4)))))

model <- function(formula, data, method = "lm") {
  cl <- match.call()
  cl[[1]] <- as.name("fit")
  cl$method <- "glm"
  cl
}
print(model(y ~ x, data = d))
cl <- quote(f(1, 2))
cl[[3]] <- quote(z)
print(cl)
cl$extra <- TRUE
print(cl)

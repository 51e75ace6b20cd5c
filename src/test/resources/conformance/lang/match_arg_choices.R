center <- function(x, type = c("mean", "median", "trimmed")) {
  type <- match.arg(type)
  switch(type,
    mean = mean(x),
    median = median(x),
    trimmed = mean(x, trim = 0.1))
}
x <- c(1, 2, 3, 4, 100)
print(center(x))
print(center(x, "median"))
print(center(x, "med"))
print(center(x, "trim"))
r <- tryCatch(center(x, "mode"), error = function(e) conditionMessage(e))
print(r)
pick <- function(opts = c("red", "green", "blue")) match.arg(opts, several.ok = TRUE)
print(pick())
print(pick(c("red", "blue")))
print(match.arg("b", c("alpha", "beta")))
center(x, "foo")

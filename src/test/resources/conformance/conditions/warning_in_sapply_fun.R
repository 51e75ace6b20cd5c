f <- function(x) {
  if (x < 0) warning("negative value: ", x)
  abs(x)
}
res <- sapply(c(1, -2, 3, -4), f)
print(res)

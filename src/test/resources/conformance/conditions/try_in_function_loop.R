safe_sqrt <- function(v) {
  out <- try(if (v < 0) stop("negative: ", v) else sqrt(v), silent = TRUE)
  if (inherits(out, "try-error")) NA_real_ else out
}
print(sapply(c(4, -1, 9), safe_sqrt))
res <- try(stop("visible try error"))
print(class(res))

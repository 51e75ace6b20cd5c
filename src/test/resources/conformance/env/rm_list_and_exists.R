a <- 1; b <- 2; c3 <- 3; keep <- "yes"
rm(list = c("a", "b"))
print(exists("a"))
print(exists("keep"))
rm(c3)
print(ls())
f <- function() {
  tmp <- 5
  rm(tmp)
  exists("tmp", inherits = FALSE)
}
print(f())
suppressWarnings(rm(nonexistent_var))
res <- tryCatch(rm(nonexistent_var), warning = function(w) conditionMessage(w))
print(res)

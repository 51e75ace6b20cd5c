f <- function(n) {
  total <- 0
  for (i in seq_len(n)) {
    if (i %% 2 == 0) next
    total <- total + i
  }
  while (total > 100) total <- total / 2
  repeat {
    break
  }
  total
}
print(f)
cat(deparse(quote(x <- function(a = 1, ...) NULL)), "\n")
print(quote(-x^2))
print(quote((a + b) * c))
print(quote(a[b][[c]]$d@e))
print(quote(!a || b && c))
print(quote(`my var` + 1))
print(quote(if (a) b))
print(quote(function(x) x)(1))

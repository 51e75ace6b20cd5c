f <- function(i) warning(sprintf("problem %d", i))
for (i in 1:3) f(i)
cat("loop done\n")
g <- function() {
  for (i in 1:12) warning("repeated")
  "g done"
}
print(g())

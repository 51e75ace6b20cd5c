x <- 0
for (i in 1:10) {
  if (i %% 2 == 0) next
  if (i > 7) break
  x <- x + i
}
x
i
n <- 0
while (TRUE) {
  n <- n + 1
  if (n >= 5) break
}
n
k <- 0
repeat {
  k <- k + 2
  if (k > 6) break
}
k
res <- if (k > 100) "big"
res
is.null(res)
for (nm in c("a", "b")) print(nm)
for (el in list(1, "two", TRUE)) print(el)
for (z in NULL) print("never")

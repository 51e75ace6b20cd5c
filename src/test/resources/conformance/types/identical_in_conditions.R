# identical() is the safe way to compare in if()
check <- function(x, expected) {
  if (identical(x, expected)) "match" else "differ"
}
check(1:3, c(1L, 2L, 3L))
check(1:3, c(1, 2, 3))
check(seq(1, 3), 1:3)
check(character(0), NULL)
check(list(a = 1), list(a = 1))
check(c(x = 1, y = 2), c(y = 2, x = 1))

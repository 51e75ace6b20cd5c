df <- data.frame(
  id = 1:4,
  name = c("ann", "bob", NA, "dee"),
  score = c(9.5, 7.25, 8, NA),
  passed = c(TRUE, FALSE, TRUE, NA),
  grade = factor(c("A", "C", "B", "A"))
)
str(df)
str(df[0, ])
str(df[, c("id", "grade")])
str(df$grade)
str(data.frame())
str(data.frame(x = 1:3)[, 1, drop = FALSE])
df$notes <- list(1, "a", NULL, 2:3)[c(1, 2, 4, 4)]
str(df)
str(list(frame = data.frame(a = 1:2), n = 2))

df <- data.frame(
  id = 1:4,
  name = c("ann", "bob", "cy", "dee"),
  score = c(3.25, 4.5, NA, 5),
  ok = c(TRUE, FALSE, TRUE, TRUE),
  grp = factor(c("a", "b", "a", "c"))
)
str(df)
str(df$score)
str(df[0, ])
str(df[1, ])

df <- data.frame(
  height = c(150.5, 162, 171.25, 180, 165.5, NA),
  age = c(23L, 35L, 41L, 29L, 52L, 33L),
  team = factor(c("a", "b", "a", "c", "b", "a"))
)
summary(df)
summary(df$height)
summary(df$team)
summary(df$age)

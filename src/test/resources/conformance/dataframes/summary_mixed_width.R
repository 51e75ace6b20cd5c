# summary() column layout with long names, character columns and big numbers
d <- data.frame(
  a_really_long_column_name = c(1000000, 2500000, 3e6),
  s = c("x", "y", "z"),
  tiny = c(0.001, 0.002, 0.0035)
)
summary(d)
summary(d, digits = 2)
s <- summary(d)
class(s)
dim(s)
colnames(s)
summary(data.frame(x = integer(0)))
summary(data.frame(v = c(-1.5, 2.25, NA, NA)))

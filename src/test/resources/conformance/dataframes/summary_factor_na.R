# summary() of survey-like data: factors with NA, many levels, numeric with NA
d <- data.frame(
  answer = factor(c("yes", "no", NA, "yes", "maybe", "yes", NA)),
  age = c(23, 41, NA, 35, 29, 52, 38),
  n = c(1L, 2L, 3L, NA, 5L, 6L, 7L)
)
summary(d)
summary(d$answer)
summary(d$age)
many <- data.frame(code = factor(letters[c(1:10, 1, 1, 2)]))
summary(many)
summary(many, maxsum = 4)
summary(data.frame(flag = c(TRUE, FALSE, NA, TRUE)))

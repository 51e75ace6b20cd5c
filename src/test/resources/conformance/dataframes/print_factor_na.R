# Missing values in character and factor columns print as <NA>, numeric ones as NA
d <- data.frame(
  city = c("Oslo", NA, "Lima", "Pune"),
  tier = factor(c("gold", "silver", NA, "gold")),
  visits = c(3L, NA, 7L, 0L),
  spend = c(12.5, 3, NA, 100.25),
  ok = c(TRUE, NA, FALSE, TRUE)
)
d
d[2, ]
d[is.na(d$tier), ]
d$city[is.na(d$city)] <- "unknown"
d
levels(d$tier)
nlevels(factor(d$tier, exclude = NULL))
d$tier2 <- factor(d$tier, exclude = NULL)
d
print(d, na.print = "--")
data.frame(s = c("NA", NA))

df <- data.frame(
  when = as.Date("2024-01-01") + 0:5,
  who = c("alice", "bob", "carol", "dave", "erin", "frank"),
  amt = c(10.5, 20.25, NA, 4, 1e6, -3),
  n = c(1L, NA, 3L, 4L, 5L, 6L),
  ok = c(TRUE, FALSE, NA, TRUE, TRUE, FALSE),
  grp = factor(c("x", "y", "x", "z", "y", "x")),
  stringsAsFactors = FALSE
)
str(df)
str(df, give.attr = FALSE)
str(df, vec.len = 2)
str(df[1:2, ])
str(df$when)
str(as.list(df[1, ]))
str(split(df$amt, df$grp))
str(list(df = df[1:2, 1:2], meta = list(rows = 2L)))
s <- summary(df$amt)
str(s)
str(table(df$grp))
str(tapply(df$n, df$grp, sum))
str(quantile(1:10))

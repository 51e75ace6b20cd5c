df <- data.frame(name = c("kim", "al", "bo", "cy", "di"), age = c(31, 25, 31, 40, 25), score = c(3.5, 4, 2, 5, 4.5))
df[order(df$age), ]
df[order(-df$score), ]
df[order(df$age, -df$score), ]
df[order(df$name, decreasing = TRUE), ]
sorted <- df[order(df$age), ]
rownames(sorted) <- NULL
sorted
head(df[order(df$score, decreasing = TRUE), ], 2)

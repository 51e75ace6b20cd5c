df <- data.frame(a = 1:3, b = c(2, 4, 6))
df * 2
df + df
df > 2
df == 4
sum(df)
max(df)
round(df / 3, 2)

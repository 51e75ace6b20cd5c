df <- data.frame(h = c(160, 170, 180), w = c(60, 70, 90))
s <- scale(df)
s
class(s)
colMeans(s)

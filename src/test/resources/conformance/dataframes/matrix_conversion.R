df <- data.frame(x = c(1, 2), y = c(3, 4))
m <- as.matrix(df)
m
t(df)
dim(t(df))
data.matrix(data.frame(a = 1:2, b = c(2.5, 3)))

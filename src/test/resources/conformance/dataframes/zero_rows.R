df <- data.frame(a = 1:3, b = c("x", "y", "z"))
none <- df[df$a > 10, ]
none
nrow(none)
str(none)
rbind(none, df[1, ])
sapply(none, length)

df <- data.frame(x = 1:5, y = c(2.5, NA, 7.1, NA, 0), z = letters[1:5])
df[2, "x"] <- 20L
df[df$x > 3, "z"] <- "big"
df
df$y[is.na(df$y)] <- 0
df
df[df$y == 0, c("x", "y")] <- NA
df
df[3, ] <- list(99L, 9.9, "new")
df

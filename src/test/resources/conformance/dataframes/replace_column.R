df <- data.frame(item = c("pen", "cup", "hat"), price = c(1.2, 4.5, 12))
df$qty <- c(10L, 3L, 1L)
df$total <- df$price * df$qty
df
df$price <- NULL
df
df[["discount"]] <- 0.1
df
df["note"] <- "n/a"
df
df$qty <- df$qty + 1L
df

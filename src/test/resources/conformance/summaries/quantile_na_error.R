readings <- c(21.5, 22.1, NA, 20.9, 23.4)
quantile(readings, na.rm = TRUE)
median(readings, na.rm = TRUE)
quantile(readings)

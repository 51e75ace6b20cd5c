df <- data.frame(temperature = c(20, 21), humidity = c(0.4, 0.5))
df$temp
df$hum
df$temperature
is.null(df$pressure)

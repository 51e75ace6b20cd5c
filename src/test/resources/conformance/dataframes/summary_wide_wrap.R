# summary() of a frame with many columns wraps like a wide table
set <- 1:6
d <- data.frame(temperature = set * 1.5, humidity = 100 - set, pressure = 1000 + set * 3,
                wind_speed = set / 4, station = letters[set], visibility = set * 1000,
                rain = c(0, 0, 1.2, 0, 3.4, NA), ok = set %% 2 == 0)
summary(d)
options(width = 60)
summary(d[, 1:4])

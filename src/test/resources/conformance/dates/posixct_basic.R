t <- as.POSIXct("2024-01-05 13:45:30", tz = "UTC")
t
format(t, "%H:%M")
format(t, "%Y-%m-%d %H:%M:%S")
as.numeric(t)
t + 3600
class(t)

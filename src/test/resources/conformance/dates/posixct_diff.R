a <- as.POSIXct("2024-01-05 10:00:00", tz = "UTC")
b <- as.POSIXct("2024-01-05 12:30:00", tz = "UTC")
b - a
difftime(b, a, units = "mins")
difftime(b, a, units = "secs")
as.numeric(difftime(b, a, units = "hours"))

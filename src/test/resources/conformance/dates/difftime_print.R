a <- as.Date("2024-01-01")
b <- as.Date("2024-01-04")
b - a
dt <- difftime(b, a, units = "days")
dt
difftime(b, a, units = "weeks")
units(dt)
format(b - a)

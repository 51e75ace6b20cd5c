d <- as.Date("2024-01-05")
julian(d)
as.numeric(julian(d, origin = as.Date("2024-01-01")))
unclass(d)

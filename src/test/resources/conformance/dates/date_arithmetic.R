d <- as.Date("2024-02-27")
d + 1
d + 0:3
d - 30
d2 <- as.Date("2024-03-05")
d2 - d
as.numeric(d2 - d)

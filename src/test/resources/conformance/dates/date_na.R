x <- as.Date(c("2024-01-01", NA, "2024-02-30"), optional = TRUE)
x <- as.Date(c("2024-01-01", NA))
x
is.na(x)
as.Date("2024-13-01", format = "%Y-%m-%d")

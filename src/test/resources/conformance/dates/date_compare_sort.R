d <- as.Date(c("2024-05-01", "2023-01-15", "2024-01-01"))
sort(d)
order(d)
d[1] > d[2]
min(d)
max(d)
rev(sort(d))

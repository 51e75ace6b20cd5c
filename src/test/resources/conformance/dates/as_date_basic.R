d <- as.Date("2024-01-05")
d
print(d)
class(d)
as.numeric(d)

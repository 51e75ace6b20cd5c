ISOdate(2024, 1, 5)
format(ISOdate(2024, 5, 17), "%d %B %Y")
as.Date(ISOdate(2023, 12, 31))

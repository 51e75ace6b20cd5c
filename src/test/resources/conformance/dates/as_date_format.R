as.Date("05/01/2024", format = "%d/%m/%Y")
as.Date("March 3, 2023", format = "%B %d, %Y")
as.Date("2023-12-31")
as.Date("20230704", "%Y%m%d")

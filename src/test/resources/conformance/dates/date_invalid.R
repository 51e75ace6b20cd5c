as.Date("not a date")

as.Date(19000, origin = "1970-01-01")
as.Date(0, origin = "2000-01-01")
as.Date(19723)

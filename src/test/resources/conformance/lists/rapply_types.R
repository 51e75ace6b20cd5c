payload <- list(id = 7L, price = 19.99, name = "widget", flags = c(TRUE, FALSE),
                dims = list(w = 2.5, h = 4L, unit = "cm"), when = as.Date("2024-05-01"))
rapply(payload, function(x) x * 2, classes = "integer", how = "unlist")
rapply(payload, nchar, classes = "character", how = "unlist")
str(rapply(payload, function(x) round(x), classes = "numeric", how = "replace"))
rapply(payload, function(x) class(x)[1], how = "unlist")
str(rapply(payload, function(x) NULL, classes = "logical", how = "list"))
rapply(list(1:3, 4:6), sum, how = "list")
r <- tryCatch(rapply(payload, function(x) stop("bad leaf"), classes = "character"), error = function(e) conditionMessage(e))
r

cfg <- list(name = "etl", steps = list(list(op = "read", path = "s3://b/in.csv"),
             list(op = "filter", expr = quote(x > 1)), list(op = "write", path = NULL)))
str(cfg)
str(cfg$steps[[2]])
print(cfg$steps[[3]])
cfg$steps[[3]]$path <- "s3://b/out.csv"
vapply(cfg$steps, `[[`, "", "op")
Filter(function(s) !is.null(s$path), cfg$steps) |> length()
lst <- list(a = 1:3, b = letters[1:2])
rapply(lst, rev, how = "list")
mapply(function(n, v) paste(n, length(v)), names(lst), lst)
str(Map(function(k, v) list(key = k, n = length(v)), names(lst), lst))
identical(unlist(lst), c(a1 = "1", a2 = "2", a3 = "3", b1 = "a", b2 = "b"))
as.list(1:3)
list(1, list(2, 3))[[2]][[1]]
l <- list(); l$x <- 1; l[["y"]] <- 2; l["z"] <- list(3); names(l)
l[c("x", "z")] <- NULL; names(l)
modifyList(list(a = 1, b = list(c = 2)), list(b = list(c = NULL)))
str(within(list(a = 1, b = 2), { c <- a + b; rm(a) }))

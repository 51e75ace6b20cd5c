rec <- list(id = 7L, name = "Widget", dims = c(w = 2, h = 3), parts = list("bolt", "nut"))
rec[["id"]]
rec[[2]]
rec[["dims"]]["h"]
rec[["parts"]][[2]]
rec$dims[["w"]]
rec[["nope"]]
is.null(rec[["nope"]])
v <- c(a = 1, b = 2)
v[["b"]]
v[[1]]

e <- new.env()
e$x <- 5
e[["y"]] <- "why"
e$x
e[["y"]]
is.null(e$zzz)
sort(ls(e))

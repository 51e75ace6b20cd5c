e <- new.env()
assign("count", 3, envir = e)
e$count
e$missing
e$count <- e$count + 1
get("count", envir = e)
e[["count"]]
e[["label"]] <- "hi"
sort(ls(e))
e$label

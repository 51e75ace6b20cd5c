resp <- list(status = 200L, body = list(items = list(list(id = 1, ok = TRUE), list(id = 2, ok = FALSE)), total = 2), headers = c(ct = "json"))
str(resp)
str(resp$body$items[[1]])

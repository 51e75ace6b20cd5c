res <- list(name = "report", data = data.frame(k = c("a", "b"), v = 1:2), n = 2L)
res
str(res)

cfg <- list(host = "localhost", port = 8080, debug = TRUE)
url <- with(cfg, paste0("http://", host, ":", port))
print(url)
print(with(list(a = 1:5, b = 2), sum(a * b)))
cfg2 <- within(cfg, {
  port <- port + 1
  secure <- FALSE
})
print(names(cfg2))
print(cfg2$port)
df <- data.frame(x = 1:4, y = c(2.5, 3.5, 1, 0))
print(with(df, mean(x + y)))
df2 <- within(df, {
  z <- x * y
})
print(df2)

v <- local({
  tmp <- 10
  tmp / 2
})
print(v)
local({
  stop("failure inside local")
})

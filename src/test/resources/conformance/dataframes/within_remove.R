# within() to add, modify and drop columns in one block
d <- data.frame(first = c("ada", "alan"), last = c("lovelace", "turing"), born = c(1815, 1912))
within(d, {
  full <- paste(first, last)
  age_at_2000 <- 2000 - born
  rm(first)
})
w <- within(d, born <- born + 1)
w
within(d, { x <- 1; y <- born * 2 })
with(d, paste(first, born))
with(d, tapply(born, last, max))
with(data.frame(a = 1:3), sum(a))
within(list(a = 1, b = 2), c <- a + b)
e <- within(d, rm(born, last))
names(e)

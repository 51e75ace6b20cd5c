n <- 5
print(bquote(x + .(n)))
print(bquote(f(.(n * 2), y)))
exprs <- lapply(1:3, function(i) bquote(x^.(i)))
print(exprs)
args <- list(1, quote(b), "c")
print(bquote(g(..(args)), splice = TRUE))
print(bquote(g(..(args))))
col <- "price"
print(bquote(df[[.(col)]] > 10))
e <- bquote(.(as.name("total")) * 2)
total <- 21
print(eval(e))
f <- function() { k <- 3; bquote(k == .(k)) }
print(f())
print(bquote(.(quote(a + b)) * c))

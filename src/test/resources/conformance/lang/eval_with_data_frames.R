df <- data.frame(price = c(10, 20, 30), qty = c(1, 5, 2))
expr <- quote(price * qty)
print(eval(expr, df))
filter_rows <- function(data, cond) {
  keep <- eval(substitute(cond), data, parent.frame())
  data[keep, ]
}
print(filter_rows(df, qty > 1))
limit <- 15
print(filter_rows(df, price > limit))
compute <- function(data, ...) {
  exprs <- as.list(substitute(list(...)))[-1]
  sapply(exprs, function(e) eval(e, data))
}
print(compute(df, sum(price), max(qty)))
print(evalq(mean(price), df))

# transform() to derive and overwrite columns
d <- data.frame(price = c(10, 25, 4), qty = c(3L, 1L, 10L))
transform(d, total = price * qty)
transform(d, price = price * 1.2, discounted = price * 0.9)
transform(d, qty = NULL)
transform(d, rank = rank(-price), label = paste0("p", price))
transform(d, flag = price > mean(price), const = "x")
t2 <- transform(d, total = price * qty)
t2[order(-t2$total), ]
transform(d, s = sum(price))

sales <- array(1:24, c(2, 3, 4), dimnames = list(store = c("north", "south"),
                                                 item = c("tea", "cake", "jam"),
                                                 quarter = paste0("Q", 1:4)))
rowSums(sales)
colSums(sales)
colSums(sales, dims = 2)
rowSums(sales, dims = 2)
colMeans(sales, dims = 2)
apply(sales, "quarter", sum)
apply(sales, c("store", "item"), max)

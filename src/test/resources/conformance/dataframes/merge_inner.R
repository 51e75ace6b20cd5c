customers <- data.frame(cid = c(1, 2, 3, 4), name = c("Ann", "Ben", "Cat", "Dan"))
orders <- data.frame(oid = 101:105, cid = c(2, 4, 2, 5, 1), total = c(20, 35.5, 12, 99, 5))
merge(customers, orders)
merge(orders, customers, by = "cid")

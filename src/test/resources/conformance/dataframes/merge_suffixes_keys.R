# merge with differently named keys and overlapping value columns
orders <- data.frame(cust = c(1, 2, 2, 3), total = c(10, 20, 5, 7), note = c("a", "b", "c", "d"))
custs <- data.frame(id = c(1, 2, 4), name = c("Ann", "Bo", "Di"), note = c("vip", "", "new"))
merge(orders, custs, by.x = "cust", by.y = "id")
merge(orders, custs, by.x = "cust", by.y = "id", suffixes = c("_order", "_cust"))
merge(orders, custs, by.x = "cust", by.y = "id", all.x = TRUE)
merge(orders, custs, by.x = "cust", by.y = "id", all.y = TRUE)
merge(orders, custs, by.x = "cust", by.y = "id", all = TRUE)
r <- tryCatch(merge(orders, custs, by = "nope"), error = function(e) conditionMessage(e))
r
r <- tryCatch(merge(orders, custs, by.x = "cust", by.y = c("id", "name")), error = function(e) conditionMessage(e))
r
merge(orders, custs, by.x = 1, by.y = 1)

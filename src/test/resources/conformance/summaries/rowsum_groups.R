amount <- c(12.5, 3, 7.25, 10, 2.75)
customer <- c("bob", "amy", "bob", "cat", "amy")
rowsum(amount, customer)
rowsum(amount, customer, reorder = FALSE)
rowsum(c(1L, 2L, NA, 4L), c("x", "y", "x", "y"))
rowsum(c(1L, 2L, NA, 4L), c("x", "y", "x", "y"), na.rm = TRUE)
m <- matrix(1:6, 3, dimnames = list(NULL, c("p", "q")))
rowsum(m, c(2, 1, 2))
r <- tryCatch(rowsum(1:3, 1:2), error = function(e) conditionMessage(e))
r
r <- tryCatch(rowsum(letters[1:2], 1:2), error = function(e) conditionMessage(e))
r

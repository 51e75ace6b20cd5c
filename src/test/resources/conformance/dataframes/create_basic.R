# Building a small orders table and looking at it
orders <- data.frame(
  id = 1:5,
  customer = c("ann", "bob", "cy", "dee", "ed"),
  amount = c(12.5, 8, 130.25, 42, 7.75),
  paid = c(TRUE, FALSE, TRUE, TRUE, NA)
)
print(orders)
orders
dim(orders)
nrow(orders)
ncol(orders)
names(orders)
colnames(orders)
rownames(orders)
class(orders)

n <- noquote(c("apple", "banana", "cherry"))
n
class(n)
n[2]
noquote(c(a = "x", b = "y"))
print(noquote(matrix(c("a", "b", "c", "d"), 2)))

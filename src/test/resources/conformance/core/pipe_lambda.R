square <- function(x) x^2
1:5 |> square() |> sum()
c(4, 9, 16) |> sqrt()
add <- function(x, y) x + y
10 |> add(5)
sapply(1:3, \(i) i * 10)
Map(\(a, b) a + b, 1:3, 4:6)

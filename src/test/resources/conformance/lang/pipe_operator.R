res <- c(1, 4, 9, 16) |> sqrt() |> sum()
print(res)
sq <- function(x) x^2
print(1:5 |> sq() |> rev())
words <- c("banana", "apple", "cherry")
words |> sort() |> toupper() |> print()
print(quote(x |> f(y)))
df <- data.frame(a = c(3, 1, 2))
df |> subset(a > 1) |> nrow() |> print()

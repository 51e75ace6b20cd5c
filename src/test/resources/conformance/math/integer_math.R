5L %/% 2L
-5L %/% 2L
5L %% 3L
abs(-7L)
typeof(abs(-7L))
x <- 1:10
sum(x[x %% 2 == 0])
prod(1:10) / prod(1:8)
as.integer(round(2.5))
as.integer(round(3.5))

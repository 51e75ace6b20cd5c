big <- .Machine$integer.max
big
big + 1L
big + 1
-big - 1L
5L * 3L
7L %/% 2L
-7L %/% 2L
-7L %% 2L
7L %% -2L
typeof(5L / 5L)
typeof(2L^2L)

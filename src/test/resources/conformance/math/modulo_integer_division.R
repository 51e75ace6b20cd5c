# remainders and integer division with signs and special values
5 %% 3
-5 %% 3
5 %% -3
-5 %% -3
5 %/% 3
-5 %/% 3
5.5 %% 2
-5.5 %/% 2
1 %% 0
1 %/% 0
-1 %/% 0
0 %/% 0
Inf %% 2
2 %% Inf
-2 %% Inf
Inf %/% 2
5L %% 3L
typeof(5L %% 3L)
typeof(5L %/% 3.0)
NA %% 2
c(7, 8, 9) %% c(2, 3)
0.3 %% 0.1
print(0.3 %% 0.1, digits = 17)
1e20 %% 3
seconds <- c(59, 61, 3600, 3725)
sprintf("%02d:%02d:%02d", seconds %/% 3600, (seconds %% 3600) %/% 60, seconds %% 60)
is_even <- function(n) n %% 2 == 0
is_even(c(-2, -1, 0, 1, 2))
x <- 1:10
x[x %% 3 == 0]
(-7) %/% 2 * 2 + (-7) %% 2
tryCatch("5" %% 2, error = function(e) conditionMessage(e))

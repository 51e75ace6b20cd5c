fact <- function(n) if (n <= 1) 1 else n * fact(n - 1)
fact(10)
fact(170)
depth <- function(n) if (n == 0) 0 else 1 + depth(n - 1)
depth(1000)
inf <- function(n) inf(n + 1)
r <- tryCatch(inf(1), error = function(e) conditionMessage(e))
r
inf(1)

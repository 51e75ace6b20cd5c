r <- tryCatch(nopkg::fn(1), error = function(e) conditionMessage(e))
print(r)
r2 <- tryCatch(stats::no_such_function, error = function(e) conditionMessage(e))
print(r2)
f <- base::sum
print(f(1:4))
print(identical(base::sum, sum))
print(utils::tail(1:10, 2))

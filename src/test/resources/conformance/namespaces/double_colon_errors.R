r <- tryCatch(notapkg::f(1), error = function(e) conditionMessage(e))
print(r)
r <- tryCatch(notapkg::f(1), error = function(e) class(e))
print(r)
r <- try(stats::no_such_function_here)
r <- try(base:::also_missing)
f <- function() base::missing_object_xyz
r <- try(f())
g <- function() utils::not_exported_xyz
g()

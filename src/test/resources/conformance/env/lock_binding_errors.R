e <- new.env()
e$x <- 1
lockBinding("x", e)
print(bindingIsLocked("x", e))
r <- tryCatch(assign("x", 2, envir = e), error = function(err) conditionMessage(err))
print(r)
unlockBinding("x", e)
e$x <- 3
print(e$x)
lockEnvironment(e)
r2 <- tryCatch(assign("y", 2, envir = e), error = function(err) conditionMessage(err))
print(r2)
e$x <- 4
print(e$x)
lockEnvironment(e, bindings = TRUE)
r3 <- tryCatch(e$x <- 5, error = function(err) conditionMessage(err))
print(r3)
print(environmentIsLocked(e))

delayedAssign("lazy", {cat("evaluating now\n"); 42})
cat("before use\n")
print(lazy)
print(lazy)
msg <- "first"
delayedAssign("snap", msg)
msg <- "second"
print(snap)
e <- new.env()
delayedAssign("v", 1 + 1, assign.env = e)
print(get("v", envir = e))
f <- function(x) { force(x); function() x }
fs <- lapply(1:3, f)
print(fs[[2]]())

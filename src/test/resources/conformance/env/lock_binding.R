e <- new.env()
e$limit <- 10
lockBinding("limit", e)
print(bindingIsLocked("limit", e))
r <- try(assign("limit", 20, envir = e))
print(e$limit)
unlockBinding("limit", e)
e$limit <- 30
print(e$limit)
print(bindingIsLocked("limit", e))
const <- 3.14
lockBinding("const", globalenv())
r <- tryCatch({ const <- 3; "changed" }, error = function(err) conditionMessage(err))
print(r)
unlockBinding("const", globalenv())
const <- 3
print(const)

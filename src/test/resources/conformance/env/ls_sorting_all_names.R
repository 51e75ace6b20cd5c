e <- new.env()
for (nm in c("zeta", "Alpha", "beta", ".hidden", "a10", "a2", "B")) assign(nm, nchar(nm), envir = e)
print(ls(e))
print(ls(e, all.names = TRUE))
print(ls(e, sorted = FALSE) %in% ls(e))
print(length(ls(e, all.names = TRUE)))
x1 <- 1; x2 <- 2; .secret <- 3
print(ls())
print(ls(pattern = "^x"))

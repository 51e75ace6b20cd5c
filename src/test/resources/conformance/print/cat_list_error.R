cat("before\n")
cat(list(1, 2), "\n")
cat("never\n")

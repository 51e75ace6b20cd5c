f <- factor(c("lo", "hi", "lo"))
cat(f, "\n")
cat(as.character(f), "\n")
cat(quote(sym), "\n")

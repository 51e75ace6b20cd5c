f <- factor(c("b", "a", "c"))
for (lv in levels(f)) cat("level:", lv, "\n")
for (x in f) cat("value:", x, "\n")

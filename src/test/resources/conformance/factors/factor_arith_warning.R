f <- factor(c("1", "2"))
f + 1
as.numeric(as.character(f)) + 1

f <- factor(c("lo", "hi", "mid", "hi"))
match("hi", f)
f %in% c("hi", "mid")
match(f, c("mid", "hi", "lo"))
unique(f)
duplicated(f)
levels(f)[match("mid", levels(f))]

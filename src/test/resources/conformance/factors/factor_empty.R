# a filter that matched no rows still yields a factor with its levels
status <- factor(c("ok", "fail", "ok"), levels = c("ok", "fail", "skip"))
none <- status[status == "missing"]
none
length(none)
levels(none)
nlevels(none)
table(none)
summary(none)
droplevels(none)
nlevels(droplevels(none))
factor(character(0))
factor(character(0), levels = c("a", "b"))
as.integer(factor(character(0)))
as.character(none)
e <- factor(NULL)
e
str(e)
ordered(character(0))
levels(factor(c(NA, NA)))
factor(c(NA, NA))
table(factor(c(NA, NA)), useNA = "ifany")

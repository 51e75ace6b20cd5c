# recode numeric codes from a CSV into labelled factors
codes <- c(1, 3, 2, 3, 9, 1)
status <- factor(codes, levels = c(1, 2, 3), labels = c("active", "paused", "closed"))
status
table(status, useNA = "ifany")
sev <- factor(c("w", "e", "i", "e"), levels = c("i", "w", "e"), labels = c("info", "warn", "error"), ordered = TRUE)
sev
sev[sev >= "warn"]
max(sev)
as.integer(sev)
grp <- factor(c("a", "b", "c", "d"), labels = c("x", "x", "y", "y"))
grp
levels(grp)
factor(c("p", "q"), labels = "grp")
factor(c(3, 1, 2), labels = c("one", "two", "three"))
factor(c("10", "9", "100"))
factor(c(10, 9, 100))
factor(c(TRUE, FALSE, TRUE))
factor(c(1.5, 2.25, 1.5))
factor(letters[1:3], levels = c("c", "a"))
r <- tryCatch(factor(1:2, levels = c(1, 1)), error = function(e) conditionMessage(e))
r
r <- tryCatch(factor(1:4, labels = c("a", "b", "c")), error = function(e) conditionMessage(e))
r

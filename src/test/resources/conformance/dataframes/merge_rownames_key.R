# Joining on row names
a <- data.frame(v = 1:3, row.names = c("r1", "r2", "r3"))
b <- data.frame(w = c(30, 10), row.names = c("r3", "r1"))
merge(a, b, by = "row.names")
merge(a, b, by = 0, all = TRUE)
merge(a, b, by = "row.names", all.x = TRUE)[, "w"]
ab <- merge(a, b, by = 0)
names(ab)
rownames(ab)

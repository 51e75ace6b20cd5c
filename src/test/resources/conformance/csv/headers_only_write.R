empty <- data.frame(a = numeric(0), b = character(0))
write.csv(empty)
write.csv(empty, row.names = FALSE)
write.table(data.frame(x = 1:2)[0, , drop = FALSE], col.names = TRUE)

write.csv(data.frame(a = 1:2), sep = ";")
write.csv(data.frame(a = 1:2), col.names = FALSE)

temps <- c(mon = 21, tue = 25, wed = 19, thu = 30, fri = 28)
hot <- which(temps > 24)
hot
names(hot)
temps[hot]
which(temps == min(temps))
which.max(temps)
which(is.na(c(1, NA, 3, NA)))
m <- matrix(c(TRUE, FALSE, TRUE, TRUE), 2)
which(m)
which(m, arr.ind = TRUE)

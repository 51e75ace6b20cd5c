event <- list(id = "abc", values = c(1, 2, 3), meta = list(a = 1, b = "x"), ok = TRUE)
summary(event)
summary(list(1:3, letters))

bytes <- c(1024, 2048, NA, 512, 4096, NA, 8192)
summary(bytes)
s <- summary(bytes)
s[["NA's"]]
length(s)
summary(c(NA_real_, NA))
summary(c(1.5, NaN, 2.5))

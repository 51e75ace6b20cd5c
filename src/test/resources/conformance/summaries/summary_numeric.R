payload <- c(12.3, 45.6, 7.8, 90.1, 23.4, 56.7, 34.5)
summary(payload)
s <- summary(payload)
class(s)
s[["Median"]]
s["Max."]
names(s)

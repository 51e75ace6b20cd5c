browsers <- factor(c("chrome", "firefox", "chrome", "safari", "edge", "chrome",
                     "opera", "firefox", "brave", NA, "chrome", "safari"))
summary(browsers)
summary(browsers, maxsum = 3)
summary(browsers, maxsum = 5)
summary(factor(c("a", "b", "a", "c")), maxsum = 2)
summary(ordered(c("lo", "hi", "lo"), levels = c("lo", "hi")))
s <- summary(browsers)
class(s)
names(s)
s[["NA's"]]
df <- data.frame(b = browsers)
summary(df)

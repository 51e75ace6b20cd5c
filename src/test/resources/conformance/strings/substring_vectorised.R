word <- "strawberry"
substring(word, 1:3, 3:5)
substring(word, seq(1, nchar(word), 2), seq(2, nchar(word) + 1, 2))
chars <- substring(word, 1:nchar(word), 1:nchar(word))
chars
paste(rev(chars), collapse = "")
substring(c("abc", "defgh"), 2)
substring("abc", 0)
substring("abc", 2, 1)
substring(NA, 1, 2)
substring(c(x = "named"), 1, 3)
substring("abc", 1:3)
s <- "0123456789"
substring(s, c(1, 4, 8), c(3, 7, 10))
x <- c("aaaa", "bbbb")
substring(x, 2, 3) <- c("XY", "Z")
x
y <- "hello world"
substring(y, 1) <- "J"
y
substring(y, 7) <- "WORLD!!!"
y
fixed_width <- c("001Alice   030", "002Bob     045")
data.frame(id = substring(fixed_width, 1, 3), name = trimws(substring(fixed_width, 4, 11)),
           age = as.integer(substring(fixed_width, 12, 14)))

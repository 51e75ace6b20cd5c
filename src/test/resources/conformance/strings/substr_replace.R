x <- "hello"
substr(x, 1, 2) <- "HE"
x
substr(x, 1, 3) <- "Z"
x
substr(x, 4, 10) <- "LOOOO"
x
y <- c("abc", "def")
substring(y, 2) <- c("X", "YY")
y

x <- print("shown once")
x
y <- print(c(a = 1, b = 2))
y * 2
invisible(print(42))

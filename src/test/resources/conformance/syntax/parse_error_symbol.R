print("before the error")
x <- 5
x y
print("never")

x <- c(10, 20, 30, 40, 50)
x[1]
x[c(1, 3)]
x[5:1]
x[c(2, 2, 2)]
x[7]
x[c(1, 8, 2)]
x[2.9]
x[c(1.1, 2.5)]
y <- 1:10
y[y]
y[c(TRUE, FALSE)]
letters[1:5]
letters[c(26, 1)]

x <- "fine"
x
y <- 'a' 'b'

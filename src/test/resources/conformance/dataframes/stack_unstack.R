scores <- data.frame(math = c(90, 80), art = c(70, 95))
s <- stack(scores)
s
str(s)
stack(list(a = 1:2, b = 3))

r <- mapply(function(a, b) a + b, 1:3, 1:2)
print(r)

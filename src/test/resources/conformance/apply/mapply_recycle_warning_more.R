r <- mapply(function(x, y) x + y, 1:3, 1:2)
print(r)

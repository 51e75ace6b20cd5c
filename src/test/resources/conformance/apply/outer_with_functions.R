print(outer(1:3, 1:4))
print(outer(1:2, 1:3, "+"))
print(outer(c(a = 1, b = 2), c(x = 10, y = 20), function(u, v) u * v))
print(outer(1:2, 1:2, paste))

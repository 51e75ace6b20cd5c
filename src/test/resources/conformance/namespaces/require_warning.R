x <- require(fancypkg)
print(x)

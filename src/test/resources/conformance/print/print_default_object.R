obj <- structure(list(id = 7, name = "widget"), class = "thing")
obj
print.default(obj)
print(unclass(obj))

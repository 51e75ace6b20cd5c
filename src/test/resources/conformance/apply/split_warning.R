parts <- split(1:5, c("odd", "even"))
print(parts)

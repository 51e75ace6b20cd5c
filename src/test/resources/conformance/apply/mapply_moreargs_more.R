scale_by <- function(x, factor, offset) x * factor + offset
print(mapply(scale_by, 1:4, MoreArgs = list(factor = 10, offset = 1)))
print(mapply(function(x, sep) paste("item", x, sep = sep), 1:2, MoreArgs = list(sep = "-")))
print(mapply(function(...) sum(...), 1:3, 4:6, 7:9))
print(mapply(function(x, y) x + y, 1:4, 1:2))
print(mapply(function(x, y) x + y, integer(0), integer(0)))

library(jsonlite)
x <- fromJSON('{"k": [1, 2, 3]}')
print(x$k)
library(some.missing.package)

store <- numeric(5)
record <- function(i, v) store[i] <<- v
for (i in 1:5) record(i, i * 10)
store
cache <- list()
remember <- function(k, v) cache[[k]] <<- v
remember("a", 1); remember("b", 2)
str(cache)

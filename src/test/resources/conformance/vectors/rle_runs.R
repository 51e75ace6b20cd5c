# run-length encoding of streaks
results <- c("W", "W", "L", "W", "W", "W", "L", "L", "D")
r <- rle(results)
r
str(unclass(r))
r$lengths
r$values
max(r$lengths[r$values == "W"])
inverse.rle(r)
identical(inverse.rle(r), results)
rle(c(1, 1, 2, 2, 2, 3))
rle(c(TRUE, TRUE, FALSE, TRUE))
rle(integer(0))
rle(c(NA, NA, 1))
rle(c(NaN, NaN))$values
x <- c(5L, 5L, 5L, 7L)
z <- rle(x)
z$lengths[2] <- 3L
inverse.rle(z)
unclass(rle(c("a", "a", "b")))
class(r)
# longest run of any value
runs <- rle(c(0, 0, 1, 1, 1, 1, 0, 1, 1))
runs$values[which.max(runs$lengths)]
cumsum(runs$lengths)
tryCatch(rle(list(1, 1, 2)), error = function(e) conditionMessage(e))

df <- data.frame(a = 1:3)
r <- tryCatch({ df$b <- 1:2; df }, error = function(e) conditionMessage(e))
r
df$b <- 7
df
df$c <- c(1, 2, 3, 4, 5, 6)[1:3]
df
df$d <- 1:2

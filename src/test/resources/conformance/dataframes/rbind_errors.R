# rbind of frames that do not line up
a <- data.frame(x = 1:2, y = c("p", "q"))
b <- data.frame(y = c("r", "s"), x = 3:4)
rbind(a, b)
r <- tryCatch(rbind(a, data.frame(x = 5)), error = function(e) conditionMessage(e))
r
r <- tryCatch(rbind(a, data.frame(x = 5, z = "t")), error = function(e) conditionMessage(e))
r
rbind(a, list(9L, "w"))
rbind(a, data.frame(x = integer(0), y = character(0)))
rbind(a[0, ], a)
rbind(a, a, a)[, "x"]
nrow(rbind(a, NULL))
rbind(a, data.frame(x = 2.5, y = "half"))
str(rbind(a, data.frame(x = 2.5, y = "half")))
rbind(data.frame(), a)
rbind(a, c(x = 7, y = "seven"))

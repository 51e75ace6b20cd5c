r <- tryCatch(read.csv(text = ""), error = function(e) conditionMessage(e))
r
h <- read.csv(text = "a,b")
h
str(h)
r <- tryCatch(read.csv(text = "a,b\n1,2,3,4,5\n3,4"), error = function(e) conditionMessage(e))
r
r <- tryCatch(read.csv(text = "a,b\n1,2\n1,3", row.names = 1), error = function(e) conditionMessage(e))
r

txt <- "a,b
1,x
2,y"
r <- tryCatch(read.csv(text = txt, colClasses = c("numeric", "numeric")), error = function(e) conditionMessage(e))
r
read.csv(text = txt, colClasses = c("numeric", "numeric"))

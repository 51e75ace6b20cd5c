txt <- "a,b,c
1,2
3,4,5
6"
read.csv(text = txt)
r <- tryCatch(read.table(text = "a b c\n1 2\n3 4 5", header = TRUE), error = function(e) conditionMessage(e))
r
read.table(text = "a b c\n1 2\n3 4 5", header = TRUE, fill = TRUE)

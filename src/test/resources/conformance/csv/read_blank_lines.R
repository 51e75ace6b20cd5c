txt <- "a,b

1,2

3,4
"
read.csv(text = txt)
read.csv(text = txt, blank.lines.skip = FALSE)
read.table(text = "x y\n\n1 2\n   \n3 4", header = TRUE)
nrow(read.csv(text = "v\n1\n\n\n2\n\n"))
r <- tryCatch(read.csv(text = "\n\n\n"), error = function(e) conditionMessage(e))
r

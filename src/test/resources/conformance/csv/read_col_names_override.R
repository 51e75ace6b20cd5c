txt <- "1,2,3\n4,5,6"
read.csv(text = txt, header = FALSE, col.names = c("a", "b", "c"))
read.csv(text = "x,y,z\n1,2,3", col.names = c("A", "B", "C"))
r <- withCallingHandlers(read.csv(text = "x,y,z\n1,2,3", col.names = c("A", "B")),
  warning = function(w) { cat("warning:", conditionMessage(w), "\n"); invokeRestart("muffleWarning") })
r
r <- tryCatch(read.csv(text = txt, header = FALSE, col.names = c("a", "b")), error = function(e) conditionMessage(e))
r
read.csv(text = txt, header = FALSE, col.names = c("a", "b", "c", "d"))
r <- tryCatch(read.table(text = "1 2\n3 4", col.names = c("a", "b", "c")), error = function(e) conditionMessage(e))
r
read.csv(text = txt, header = FALSE, col.names = c("a b", "a b", "1st"))
read.csv(text = txt, header = FALSE, col.names = c("a b", "a b", "1st"), check.names = FALSE)

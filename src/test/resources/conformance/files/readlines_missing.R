r <- tryCatch(readLines("no/such/file.txt"), error = function(e) conditionMessage(e), warning = function(w) conditionMessage(w))
r
readLines("no/such/file.txt")

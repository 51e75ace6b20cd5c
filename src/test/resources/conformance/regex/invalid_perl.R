r <- tryCatch(grepl("(", "x", perl = TRUE), error = function(e) conditionMessage(e))
r
gsub("[a", "", "x", perl = TRUE)

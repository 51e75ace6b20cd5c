r <- tryCatch(paste("a", sep = NA_character_), error = function(e) conditionMessage(e))
r
r <- tryCatch(paste("a", collapse = NA_character_), error = function(e) conditionMessage(e))
r
paste("a", sep = c("-", "+"))

r <- tryCatch(toString(1:3, width = -1), error = function(e) conditionMessage(e))
r
toString(1:100, width = 12)

r <- tryCatch(diff(1:5, lag = 0), error = function(e) conditionMessage(e))
r
diff(integer(0))
diff(1:3, lag = 5)

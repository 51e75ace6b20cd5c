cond <- structure(class = c("progress", "condition"), list(message = "50%", call = NULL))
print(is.null(signalCondition(cond)))
res <- withCallingHandlers({
  for (p in c("25%", "50%")) signalCondition(structure(class = c("progress", "condition"), list(message = p, call = NULL)))
  "finished"
}, progress = function(c) cat("progress:", conditionMessage(c), "\n"))
print(res)
message(cond)
cat("after message(cond)\n")
warning(structure(class = c("deprecated", "warning", "condition"), list(message = "old API", call = NULL)))
cat("end\n")

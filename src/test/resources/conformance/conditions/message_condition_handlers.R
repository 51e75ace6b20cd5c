log_lines <- character(0)
res <- withCallingHandlers({
  message("step 1")
  message("step 2")
  42
}, message = function(m) {
  log_lines <<- c(log_lines, trimws(conditionMessage(m)))
  invokeRestart("muffleMessage")
})
print(res)
print(log_lines)
packageStartupMessage("startup note")
suppressPackageStartupMessages(packageStartupMessage("hidden note"))
cat("done\n")

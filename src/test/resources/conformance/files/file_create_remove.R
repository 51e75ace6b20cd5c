old <- setwd(tempdir())
file.create("a.txt", "b.txt")
file.exists(c("a.txt", "b.txt", "c.txt"))
file.size("a.txt")
writeLines("data", "a.txt")
file.create("a.txt")
file.size("a.txt")
file.remove("a.txt", "b.txt")
file.exists("a.txt")
r <- withCallingHandlers(file.remove("a.txt"), warning = function(w) {
  cat("warning:", conditionMessage(w), "\n")
  invokeRestart("muffleWarning")
})
r
r <- tryCatch(file.create(file.path("no-such-dir", "x.txt")), warning = function(w) conditionMessage(w))
r
file.create(file.path("no-such-dir", "x.txt"), showWarnings = FALSE)
invisible(setwd(old))

# numbers read as text become factors; as.integer() gives the codes, not the values
sizes <- factor(c("10", "5", "20", "5", "100"))
levels(sizes)
as.integer(sizes)
as.numeric(as.character(sizes))
as.numeric(levels(sizes))[sizes]
as.character(sizes)
as.vector(sizes)
as.vector(sizes, mode = "integer")
unclass(sizes)
codes <- as.integer(factor(c("b", "a", "c", "a")))
codes
as.logical(factor(c("TRUE", "FALSE", "x")))
mean(as.numeric(as.character(sizes)))
r <- withCallingHandlers(mean(sizes), warning = function(w) {
  cat("warning:", conditionMessage(w), "\n")
  invokeRestart("muffleWarning")
})
r
rev(sizes)
sort(sizes)
sort(as.numeric(as.character(sizes)))

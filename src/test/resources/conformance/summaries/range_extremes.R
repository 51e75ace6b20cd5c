temps <- c(14.2, NA, 9.8, 21.5, -3.1)
range(temps)
range(temps, na.rm = TRUE)
range(c(1, Inf, -Inf, 4))
range(c(1, Inf, -Inf, 4), finite = TRUE)
range(c(2L, 9L, 5L))
range(c("pear", "apple", "zucchini"))
range(3, 1:2, c(10, -4))
range(c(TRUE, FALSE))
diff(range(c(5, 1, 9)))
r <- withCallingHandlers(range(numeric(0)), warning = function(w) {
  cat("warning:", conditionMessage(w), "\n")
  invokeRestart("muffleWarning")
})
r
range(as.Date(c("2024-03-01", "2023-12-31", "2024-01-15")))
r <- tryCatch(range(list(1, 2)), error = function(e) conditionMessage(e))
r
range(factor(c("b", "a"), ordered = TRUE))
r <- tryCatch(range(factor(c("b", "a"))), error = function(e) conditionMessage(e))
r

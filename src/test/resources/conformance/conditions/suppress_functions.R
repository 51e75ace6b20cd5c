noisy <- function() {
  message("a message")
  warning("a warning")
  "result"
}
print(suppressWarnings(suppressMessages(noisy())))
x <- suppressWarnings(as.integer(c("1", "two", "3")))
print(x)
suppressMessages(message("hidden"))
print(suppressWarnings({ warning("w1"); warning("w2"); 10 }))
r <- withCallingHandlers(noisy(),
  message = function(m) { cat("saw message:", conditionMessage(m)); invokeRestart("muffleMessage") },
  warning = function(w) { cat("saw warning:", conditionMessage(w), "\n"); invokeRestart("muffleWarning") })
print(r)
suppressWarnings(warning("only class", call. = FALSE), classes = "message")

http_error <- function(status, msg, call = NULL) {
  structure(class = c("http_error", "error", "condition"),
            list(message = paste0("HTTP ", status, ": ", msg), call = call, status = status))
}
fetch <- function(url) {
  if (grepl("missing", url)) stop(http_error(404, "not found", call = sys.call()))
  "payload"
}
r <- tryCatch(fetch("http://x/missing"), http_error = function(e) {
  cat("status:", e$status, "\n")
  conditionMessage(e)
})
print(r)
r2 <- tryCatch(fetch("http://x/missing"), error = function(e) class(e))
print(r2)
print(fetch("http://x/ok"))
cond <- errorCondition("custom failure", class = "my_error", data = list(id = 7))
r3 <- tryCatch(stop(cond), my_error = function(e) e$data$id)
print(r3)
w <- warningCondition("soft problem", class = "my_warning")
r4 <- withCallingHandlers(
  { warning(w); "finished" },
  my_warning = function(w) { cat("handled:", conditionMessage(w), "\n"); invokeRestart("muffleWarning") })
print(r4)
fetch("http://x/missing")

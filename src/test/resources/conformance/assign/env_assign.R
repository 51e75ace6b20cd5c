counter <- new.env()
counter$n <- 0
bump <- function(env) env$n <- env$n + 1
for (i in 1:5) bump(counter)
counter$n
counter[["label"]] <- "clicks"
get("label", envir = counter)
exists("n", envir = counter)
f <- function() {
  e <- environment()
  e$local <- 42
  local
}
f()

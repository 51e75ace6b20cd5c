with_skip <- function(expr) {
  withRestarts(expr, skip_item = function(v) paste("skipped with", v))
}
res <- withCallingHandlers(
  with_skip({ stop("bad item") }),
  error = function(e) invokeRestart("skip_item", "default"))
print(res)
f <- function() {
  withRestarts({
    rs <- computeRestarts()
    print(rs[[1]]$name)
    print(class(rs[[1]]))
    invokeRestart("my_restart", 5)
    "not here"
  }, my_restart = function(x) x * 2)
}
print(f())
r <- tryCatch(invokeRestart("no_such_restart"), error = function(e) conditionMessage(e))
print(r)
print(withRestarts(invokeRestart("done"), done = function() "restart with no args"))

with_skip <- function(x) {
  withRestarts(
    {
      if (x < 0) invokeRestart("skip_value", x)
      x * 2
    },
    skip_value = function(v) { cat("skipping", v, "\n"); NA })
}
print(sapply(c(1, -2, 3), with_skip))
r <- withRestarts(
  { cat("computing\n"); invokeRestart("use_default"); "not reached" },
  use_default = function() "default used")
print(r)
print(withRestarts(10, never = function() 0))
r <- try(invokeRestart("no_such_restart"))
f <- function() {
  warning("W1")
  "done"
}
print(withCallingHandlers(f(), warning = function(w) invokeRestart("muffleWarning")))

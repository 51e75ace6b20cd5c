trace_fn <- function(f, label) {
  function(...) {
    cat("calling", label, "\n")
    f(...)
  }
}
traced_sum <- trace_fn(sum, "sum")
print(traced_sum(1, 2, 3))
f <- function(x) x + 1
body(f) <- call("{", quote(cat("entering f\n")), body(f))
print(f(1))
print(body(f)[[2]])
print(length(body(f)))

# Loads each database lazily and prints its objects (run by GNU R for expected.txt, and by
# LazyLoadTest in rlambda). `lazyload_dir` may be set first.
if (!exists("lazyload_dir")) lazyload_dir <- "."
for (k in 1:3) {
  env <- new.env()
  lazyLoad(file.path(lazyload_dir, paste0("db", k)), envir = env)
  cat("== db", k, "\n")
  print(sort(ls(env)))
  print(env$scores)
  print(env$frame)
  print(env$bump())
  print(identical(environment(env$bump), env$shared_too))
  print(get("counter", envir = env$shared_too))
  print(deparse(env$model)); print(class(env$model))
}

# Reads every object of GNU R's installed packages' lazy-load databases (R/<pkg>.rdb/.rdx)
# with lazyLoad(): run with rlambda and with GNU R, e.g.
#   java -jar target/rlambda.jar bench/lazyload-installed-packages.R
#   Rscript bench/lazyload-installed-packages.R
lib <- "/usr/lib/R/library"
for (p in c("base", "stats", "utils", "methods", "graphics", "grDevices", "tools")) {
  f <- file.path(lib, p, "R", p)
  if (!file.exists(paste0(f, ".rdb"))) next
  t0 <- proc.time()[["elapsed"]]
  env <- new.env()
  lazyLoad(f, envir = env)
  n <- 0; failed <- character()
  for (nm in ls(env, all.names = TRUE)) {
    ok <- tryCatch({ get(nm, envir = env); TRUE }, error = function(e) FALSE)
    n <- n + 1
    if (!ok) failed <- c(failed, nm)
  }
  cat(sprintf("%-10s %5d objects read, %d failed (%s), %.2f s\n", p, n, length(failed),
              paste(head(failed, 5), collapse = " "), proc.time()[["elapsed"]] - t0))
}

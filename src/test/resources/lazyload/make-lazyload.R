# Writes lazy-load databases with GNU R's own writer (tools:::makeLazyLoadDB), one per
# compression (1 zlib, 2 bzip2, 3 xz), of the objects in check.R's `expected` output, then
# expected.txt: GNU R's output of check.R. Run from this directory: Rscript make-lazyload.R
e <- new.env()
local({
  shared <- new.env()
  assign("counter", 41, envir = shared)
  assign("bump", function() counter + 1, envir = e)
  environment(e$bump) <- shared
  assign("scores", c(a = 1.5, b = NA, c = 3), envir = e)
  assign("frame", data.frame(x = 1:3, y = c("p", "q", "r")), envir = e)
  assign("model", y ~ x, envir = e)
  assign("shared_too", shared, envir = e)
})
for (k in 1:3) tools:::makeLazyLoadDB(e, paste0("db", k), compress = k)
system2("Rscript", "check.R", stdout = "expected.txt", stderr = "expected.txt")

# Writes the fidelity corpus with GNU R (run from this directory: Rscript make-corpus.R):
# rds/ (xdr, version 3, uncompressed), rds2/ (version 2), ascii/, gz/ (gzip), corpus.RData
# (save(), uncompressed), then expected.txt: GNU R's output of check.R.
# Rscript make-corpus.R --verify DIR  checks that GNU R reads the files rlambda wrote in DIR
# (check.R writes them when CORPUS_WRITE_DIR is set) identical to its own objects.
Sys.setenv(LC_ALL = "C.UTF-8", TZ = "UTC")
source("objects.R")
args <- commandArgs(trailingOnly = TRUE)
if (length(args) == 2 && args[1] == "--verify") {
  ok <- vapply(names(corpus), function(n) {
    a <- readRDS(file.path(args[2], paste0(n, ".rds")))
    b <- eval(corpus[[n]], globalenv())
    if (is.environment(a)) identical(mget(sort(ls(a)), envir = a), mget(sort(ls(b)), envir = b)) else identical(a, b)
  }, NA)
  print(ok[!ok])
  cat(sum(ok), "of", length(ok), "rlambda files read identical by GNU R\n")
  quit(status = if (all(ok)) 0 else 1)
}
for (d in c("rds", "rds2", "ascii", "gz")) dir.create(d, showWarnings = FALSE)
for (name in names(corpus)) {
  x <- eval(corpus[[name]], globalenv())
  saveRDS(x, file.path("rds", paste0(name, ".rds")), compress = FALSE)
  saveRDS(x, file.path("rds2", paste0(name, ".rds")), compress = FALSE, version = 2)
  saveRDS(x, file.path("ascii", paste0(name, ".rds")), ascii = TRUE)
  saveRDS(x, file.path("gz", paste0(name, ".rds")))
}
for (name in names(models)) saveRDS(eval(models[[name]], globalenv()), file.path("rds", paste0(name, ".rds")), compress = FALSE)
keep <- c("int", "dbl", "chr", "fac", "df", "mat_dimnames", "date", "formula", "lst_named")
vals <- lapply(keep, function(n) eval(corpus[[n]], globalenv()))
e <- list2env(setNames(vals, keep), envir = new.env())
save(list = keep, envir = e, file = "corpus.RData", compress = FALSE)
system2("Rscript", "check.R", stdout = "expected.txt", stderr = "expected.txt")

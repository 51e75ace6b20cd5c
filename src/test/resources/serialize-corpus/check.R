# Reads the corpus GNU R wrote and checks it in whichever R runs this: printed values,
# identical() across versions/formats/compression, the bytes of re-serializing what was read,
# and the bytes of building the object afresh. GNU R's own output of this script is
# expected.txt; rlambda must print the same. `corpus_dir` may be set before sourcing.
if (!exists("corpus_dir")) corpus_dir <- "."
source(file.path(corpus_dir, "objects.R"))
path <- function(...) file.path(corpus_dir, ...)
bytes <- function(f) readBin(f, "raw", file.size(f))
same <- function(a, b) {
  if (is.environment(a)) is.environment(b) && identical(mget(sort(ls(a)), envir = a), mget(sort(ls(b)), envir = b))
  else identical(a, b)
}
show <- function(x) {
  if (inherits(x, "lm")) { print(x$coefficients); print(x$call); print(names(x)) }
  else if (is.environment(x)) { print(sort(ls(x))); print(mget(sort(ls(x)), envir = x)) }
  else print(x)
}
for (name in names(corpus)) {
  f <- path("rds", paste0(name, ".rds"))
  x <- readRDS(f)
  cat("==", name, "\n")
  show(x)
  same_v2 <- same(x, readRDS(path("rds2", paste0(name, ".rds"))))
  same_ascii <- same(x, readRDS(path("ascii", paste0(name, ".rds"))))
  same_gz <- same(x, readRDS(path("gz", paste0(name, ".rds"))))
  roundtrip <- identical(serialize(x, NULL), bytes(f))
  rebuilt <- identical(serialize(eval(corpus[[name]], globalenv()), NULL), bytes(f))
  cat("v2:", same_v2, " ascii:", same_ascii, " gzip:", same_gz, " roundtrip:", roundtrip, " rebuilt:", rebuilt, "\n")
}
for (name in names(models)) {
  f <- path("rds", paste0(name, ".rds"))
  x <- readRDS(f)
  cat("==", name, "\n")
  show(x)
  if (name == "glm") {
    # the family's functions are byte code in GNU R's file: rlambda runs the expressions kept in it
    print(x$family$validmu(c(0.5, 1)))
    print(x$family$variance(0.25))
  } else cat("roundtrip:", identical(serialize(x, NULL), bytes(f)), "\n")
}
e <- new.env()
loaded <- load(path("corpus.RData"), envir = e)
cat("== corpus.RData\n")
print(loaded)
cat("identical to the rds files:",
    all(vapply(loaded, function(n) identical(get(n, envir = e), readRDS(path("rds", paste0(n, ".rds")))), NA)), "\n")
vals <- lapply(loaded, function(n) eval(corpus[[n]], globalenv()))
names(vals) <- loaded
e2 <- list2env(vals, envir = new.env())
f2 <- tempfile(fileext = ".RData")
save(list = loaded, envir = e2, file = f2, compress = FALSE)
cat("save() bytes as GNU R:", identical(bytes(f2), bytes(path("corpus.RData"))), "\n")
out <- Sys.getenv("CORPUS_WRITE_DIR")
if (nzchar(out)) {
  dir.create(out, showWarnings = FALSE)
  for (name in names(corpus)) saveRDS(eval(corpus[[name]], globalenv()), file.path(out, paste0(name, ".rds")))
}

# saveRDS()/readRDS() round trips with every compression; readRDS detects the compression
f <- tempfile(fileext = ".rds")
objs <- list(
  num = c(1.5, NA, -Inf, 3),
  int = c(NA, 1:4),
  chr = c("a", NA, "b c", "\u00fc"),
  lgl = c(TRUE, NA, FALSE),
  fac = factor(c("b", "a", NA, "b")),
  df = data.frame(x = 1:3, y = c("u", "v", "w"), z = c(0.5, NA, 2), stringsAsFactors = FALSE),
  mat = matrix(1:6, 2, dimnames = list(NULL, c("a", "b", "c"))),
  lst = list(1, list(2, list(3)), NULL),
  date = as.Date(c("2020-01-01", NA, "2021-06-15")),
  time = as.POSIXct("2020-01-01 12:34:56", tz = "UTC"),
  fml = y ~ x + log(z),
  fun = function(a, b = 2) a * b,
  cplx = c(1+2i, NA, -3i),
  raw = as.raw(0:5),
  empty = character(0)
)
for (comp in list(TRUE, FALSE, "gzip", "bzip2", "xz")) {
  ok <- vapply(objs, function(o) { saveRDS(o, f, compress = comp); identical(readRDS(f), o) }, NA)
  cat(format(comp), ":", all(ok), "\n")
}
saveRDS(objs, f, ascii = TRUE)
back <- readRDS(f)
print(identical(back[names(back) != "fun"], objs[names(objs) != "fun"]))
print(back$fun(3))
print(back$df)
str(back$fac)
saveRDS(objs$mat, f, version = 2)
print(infoRDS(f)[c("version", "writer_version", "min_reader_version", "format")])
saveRDS(objs$mat, f, compress = "xz")
str(infoRDS(f))
con <- file(f, "wb"); saveRDS(1:3, con); close(con)
print(readRDS(f))
con <- gzfile(f, "wb"); saveRDS(letters[1:3], con); close(con)
print(readRDS(f))
con <- gzfile(f); print(readRDS(con)); close(con)
g <- function(x) { y <- x; function() y }
h <- readRDS({ saveRDS(g(42), f); f })
print(h())
print(environment(h)$y)

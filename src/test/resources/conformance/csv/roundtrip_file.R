path <- tempfile(fileext = ".csv")
orig <- data.frame(
  id = 1:4,
  name = c("alpha", "beta, gamma", "del\"ta", NA),
  price = c(10.5, 20, NA, 0.125),
  active = c(TRUE, FALSE, TRUE, NA)
)
write.csv(orig, path, row.names = FALSE)
file.exists(path)
cat(readLines(path), sep = "\n")
back <- read.csv(path)
back
identical(orig, back)
all.equal(orig, back)
str(back)
unlink(path)
file.exists(path)

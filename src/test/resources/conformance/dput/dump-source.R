x <- c(a = 1.5, b = 2)
n <- 1:10
f <- function(a, b = 2) {
    s <- a + b
    if (s > 3) "big" else "small"
}
df <- data.frame(u = 1:3, v = c("p", "q", "r"))
`odd name` <- list(k = TRUE, m = NULL)
tf <- tempfile(fileext = ".R")
r <- dump(c("x", "n", "f", "df", "odd name"), file = tf)
print(r)
cat(readLines(tf), sep = "\n")
rm(x, n, f, df, `odd name`)
source(tf)
print(x); print(n); print(f(1)); print(df); str(`odd name`)
dump("x", file = "")
dump(c("x", "nosuch"), file = "")
print(dump("nosuch", file = ""))
dump("x", file = tf, append = TRUE)
cat(readLines(tf), sep = "\n")
dump("x", file = "", control = NULL)
dump("n", file = "", control = "S_compatible")
e <- new.env(); assign("z", 42, envir = e)
dump("z", file = "", envir = e)
dput(df, file = tf)
print(identical(dget(tf), df))
dput(f)
dump("f", "")

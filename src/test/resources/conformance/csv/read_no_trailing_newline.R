# files written by other tools often lack the final newline
old <- setwd(tempdir())
cat("a,b\n1,2\n3,4", file = "nonl.csv")
read.csv("nonl.csv")
cat("a,b\n1,2", file = "nonl.csv")
read.csv("nonl.csv")
cat("a,b", file = "nonl.csv")
df <- read.csv("nonl.csv")
str(df)
# past the first five lines there is no warning
cat(paste(c("v", 1:6), collapse = "\n"), file = "nonl.csv")
nrow(read.csv("nonl.csv"))
cat("x y\n1 2\n\n\n", file = "nonl.csv")
read.table("nonl.csv", header = TRUE)
# text= input never warns
read.csv(text = "a,b\n1,2")
unlink("nonl.csv")
invisible(setwd(old))

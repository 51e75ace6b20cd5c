con <- textConnection(c("x,y", "1,2", "3,4"))
df <- read.csv(con)
df
path <- tempfile(fileext = ".csv")
writeLines(c("p,q", "5,6"), path)
con <- file(path)
read.csv(con)
unlink(path)

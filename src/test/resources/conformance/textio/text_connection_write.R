zz <- textConnection("out", "w")
writeLines(c("one", "two"), zz)
cat("three ", file = zz)
out
cat("four\n", file = zz)
out
close(zz)
out

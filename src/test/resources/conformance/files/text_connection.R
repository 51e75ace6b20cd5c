tc <- textConnection(c("alpha,1", "beta,2"))
readLines(tc)
close(tc)
out <- textConnection("captured", "w")
writeLines(c("x", "y"), out)
close(out)
captured
zz <- textConnection("acc", "w")
write.csv(data.frame(a = 1:2), zz, row.names = FALSE)
close(zz)
acc

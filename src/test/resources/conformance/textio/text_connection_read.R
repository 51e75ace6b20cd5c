tc <- textConnection(c("a,b", "1,2", "3,4"))
readLines(tc, n = 1)
readLines(tc)
close(tc)

# inspecting connections: print() and summary() show how each is set up
old <- setwd(tempdir())
con <- file("pc.txt", "w")
con
summary(con)
close(con)
con <- file("pc.txt")
print(con)
tc <- textConnection(c("a", "b"))
tc
summary(tc)$class
out <- textConnection("zz", "w")
summary(out)
stdout()
summary(stderr())
close(tc); close(out)
unlink("pc.txt")
invisible(setwd(old))

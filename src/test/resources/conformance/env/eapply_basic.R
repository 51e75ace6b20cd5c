e <- new.env()
e$a <- 1:3
e$b <- 4:10
e$c <- numeric(0)
r <- eapply(e, length)
print(r[order(names(r))])
s <- eapply(e, sum)
print(unlist(s)[sort(names(s))])
print(sort(unlist(eapply(e, function(v, k) length(v) * k, k = 10))))

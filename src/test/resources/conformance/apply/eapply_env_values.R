e <- new.env()
e$a <- 1:3
e$b <- 10
e$c <- c(2, 4)
s <- eapply(e, sum)
print(s[order(names(s))])
lens <- unlist(eapply(e, length))
print(lens[sort(names(lens))])
e$.hidden <- 5
print(length(eapply(e, identity)))
print(length(eapply(e, identity, all.names = TRUE)))

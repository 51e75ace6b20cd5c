nq <- noquote(c("a", "bbbb"), right = TRUE)
nq
print(noquote(letters[1:3]), quote = TRUE)

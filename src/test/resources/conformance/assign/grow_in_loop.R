squares <- c()
for (i in 1:10) squares[i] <- i^2
squares
evens <- integer(0)
for (i in 1:20) if (i %% 2 == 0) evens[length(evens) + 1] <- i
evens
acc <- list()
for (k in c("a", "b", "c")) acc[[k]] <- toupper(k)
str(acc)
out <- character()
for (w in c("x", "yy", "zzz")) out <- c(out, paste0(w, nchar(w)))
out

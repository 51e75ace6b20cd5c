counts <- new.env(hash = TRUE, size = 10L)
words <- c("the", "cat", "the", "dog", "cat", "the")
for (w in words) counts[[w]] <- (if (is.null(counts[[w]])) 0 else counts[[w]]) + 1
res <- unlist(as.list(counts))
print(res[order(names(res))])
print(sort(unlist(mget(ls(counts), envir = counts)), decreasing = TRUE))

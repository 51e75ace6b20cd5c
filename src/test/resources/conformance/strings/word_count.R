text <- "the cat and the hat and the bat"
words <- strsplit(text, " ")[[1]]
counts <- table(words)
counts
names(which.max(counts))
sort(unique(words))

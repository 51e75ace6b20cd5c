# String building: paste in a loop and vectorised.
s <- character(0)
for (i in 1:20000) s[i] <- paste0("item-", i, "-", i %% 7)
v <- paste(s, collapse = ",")
cat(nchar(v), length(strsplit(v, ",")[[1]]), "\n")

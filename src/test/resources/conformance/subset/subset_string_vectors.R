words <- c("alpha", "beta", "gamma", "delta", "epsilon")
words[nchar(words) > 4]
words[startsWith(words, "d")]
words[order(nchar(words), words)]
rev(words)[1]
words[-which(words == "gamma")]
toupper(words[2:3])
substr(words, 1, 1)[3:5]

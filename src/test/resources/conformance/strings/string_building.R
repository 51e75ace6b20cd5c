name <- "World"
greeting <- paste0("Hello, ", name, "!")
greeting
nchar(greeting)
toupper(greeting)
words <- strsplit("the quick brown fox", " ")[[1]]
paste(rev(words), collapse = " ")
paste(toupper(substr(words, 1, 1)), substring(words, 2), sep = "", collapse = " ")

gsub("(\\w+)", "\\U\\1", "hello world", perl = TRUE)
gsub("(\\w)(\\w*)", "\\U\\1\\L\\2", "hello WORLD", perl = TRUE)
gsub("(\\w)(\\w*)", "\\U\\1\\E\\2", "hello WORLD", perl = TRUE)
gsub("\\b(\\w)", "\\U\\1", "the quick brown fox", perl = TRUE)

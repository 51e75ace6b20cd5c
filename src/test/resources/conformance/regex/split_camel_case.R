s <- "camelCaseStringHere"
gsub("([A-Z])", " \\1", s)
tolower(gsub("([a-z])([A-Z])", "\\1_\\2", s))
strsplit(gsub("([A-Z])", " \\1", s), " ")[[1]]

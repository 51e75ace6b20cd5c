text <- c("contact: ann@example.com, bob@test.org", "none here", "x@y.io")
pat <- "[[:alnum:]._]+@[[:alnum:].]+\\.[a-z]+"
found <- regmatches(text, gregexpr(pat, text))
found
unlist(found)
grepl(pat, text)

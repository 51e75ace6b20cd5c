txt <- "first line\nsecond line\nthird"
grepl("^second", txt)
grepl("^second", txt, perl = TRUE)
grepl("(?m)^second", txt, perl = TRUE)
gsub("(?m)^", "> ", txt, perl = TRUE)
cat(gsub("(?m)^", "> ", txt, perl = TRUE), "\n")
gsub("\n", " | ", txt, fixed = TRUE)
regmatches(txt, gregexpr("[a-z]+$", txt))
regmatches(txt, gregexpr("(?m)[a-z]+$", txt, perl = TRUE))
strsplit(txt, "\n")[[1]]
lines <- strsplit("a\r\nb\r\nc", "\r?\n")[[1]]
lines
grepl("line$", strsplit(txt, "\n")[[1]])
sub("\\s+$", "", "trailing   \n")
gsub("^\\s+|\\s+$", "", "  both  ")
grepl(".", "\n")
grepl(".", "\n", perl = TRUE)

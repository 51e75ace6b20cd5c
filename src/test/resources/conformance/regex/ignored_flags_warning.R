grepl("a", "A", ignore.case = TRUE, fixed = TRUE)
grepl("a", "a", perl = TRUE, fixed = TRUE)

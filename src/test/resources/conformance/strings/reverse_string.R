rev_string <- function(s) paste(rev(strsplit(s, "")[[1]]), collapse = "")
rev_string("stressed")
vapply(c("abc", "racecar"), rev_string, character(1))
is_pal <- function(s) { s <- tolower(gsub("[^[:alnum:]]", "", s)); s == rev_string(s) }
is_pal("A man, a plan, a canal: Panama")
is_pal("hello")

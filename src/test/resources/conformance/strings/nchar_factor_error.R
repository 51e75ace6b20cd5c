nchar(NA)
nchar(NA_character_)
nchar(NA, keepNA = FALSE)
nchar(factor("abc"))

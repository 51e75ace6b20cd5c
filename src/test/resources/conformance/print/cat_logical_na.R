cat(TRUE, FALSE, NA, "\n")
cat(NA_character_, NA_integer_, NA_real_, "\n")
cat("value:", NULL, "end\n")
cat(character(0), "after empty\n")

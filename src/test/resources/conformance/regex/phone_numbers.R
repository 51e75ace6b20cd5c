# Normalise phone numbers captured from a web form
raw <- c("(555) 123-4567", "555.123.4567", "555 123 4567", "+1 555-123-4567",
         "5551234567", "123-45", NA, "")
digits <- gsub("[^0-9]", "", raw)
digits
digits <- sub("^1(?=[0-9]{10}$)", "", digits, perl = TRUE)
digits
valid <- grepl("^[0-9]{10}$", digits)
valid
formatted <- ifelse(valid, sub("^([0-9]{3})([0-9]{3})([0-9]{4})$", "(\\1) \\2-\\3", digits), NA)
formatted
data.frame(raw = raw, formatted = formatted, stringsAsFactors = FALSE)[valid & !is.na(valid), ]
sprintf("%d of %d numbers are valid", sum(valid), length(raw))

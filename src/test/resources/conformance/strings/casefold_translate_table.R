# Normalise product codes: case, separators, confusable characters
codes <- c("ab-12 o", "AB_12 O", "Ab.12.o", NA, "xy-0O1l")
norm <- toupper(chartr("-_.", "   ", codes))
norm
norm <- gsub(" +", "", norm)
norm
chartr("OIL", "011", norm)
casefold(codes, upper = FALSE)
unique(toupper(gsub("[^[:alnum:]]", "", codes)))
duplicated(toupper(gsub("[^[:alnum:]]", "", codes)))
sprintf("%-10s -> %s", codes, norm)

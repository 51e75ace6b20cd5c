files <- c("data_2023.csv", "data_2024.CSV", "readme.md", "Data_old.csv", NA, "notes.txt", "")
startsWith(files, "data_")
endsWith(files, ".csv")
files[endsWith(tolower(files), ".csv") %in% TRUE]
files[which(startsWith(files, "data") & endsWith(files, ".csv"))]
startsWith(files, c("data", "readme"))
startsWith("abc", c("a", "ab", "abc", "abcd", ""))
endsWith("abc", character(0))
startsWith(character(0), "a")
startsWith("café", "caf")
endsWith("naïve", "ïve")
grepl("^data_", files)
try(startsWith(1:3, "1"))
try(endsWith("a", 1))

startsWith(c("apple", "banana", NA), "a")
endsWith("file.csv", c(".csv", ".txt"))
files <- c("data.csv", "notes.txt", "more.csv")
files[endsWith(files, ".csv")]
startsWith(character(0), "a")
r <- tryCatch(startsWith(1, "a"), error = function(e) conditionMessage(e))
r

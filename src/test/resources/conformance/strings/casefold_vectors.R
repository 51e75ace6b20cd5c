x <- c("Apple", "BANANA", "cherry")
tolower(x) == "apple"
x[toupper(x) == "CHERRY"]
sort(tolower(x))

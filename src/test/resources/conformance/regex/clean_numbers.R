raw <- c("$1,234.50", "USD 99", "(12.00)", "n/a")
clean <- gsub("[^0-9.]", "", raw)
clean
as.numeric(clean)
sprintf("%.2f", as.numeric(clean))

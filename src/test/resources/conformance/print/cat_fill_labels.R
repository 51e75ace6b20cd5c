cat(paste0("item", 1:12), fill = 30, labels = paste0("(", 1:3, ")"))
cat(1:10, fill = 12, labels = "row:")

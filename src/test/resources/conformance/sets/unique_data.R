tags <- c("r", "java", "R", "python", "java", "r")
unique(tags)
unique(tolower(tags))
length(unique(tags))
duplicated(tolower(tags))
tags[duplicated(tags)]
anyDuplicated(tags)
table_of_first <- match(unique(tags), tags)
table_of_first

# Column-name conversions with perl case escapes
cols <- c("customer_id", "first_name", "last_login_date", "x", "already_Camel", "_lead")
camel <- gsub("_([a-z])", "\\U\\1", cols, perl = TRUE)
camel
snake <- tolower(gsub("([a-z0-9])([A-Z])", "\\1_\\2", c("customerId", "lastLoginDate", "URLPath", "simple")))
snake
title <- gsub("\\b([a-z])", "\\U\\1", c("new york", "san francisco bay", "o'neil"), perl = TRUE)
title
gsub("(\\w)(\\w*)", "\\U\\1\\L\\2", c("HELLO WORLD", "mIxEd CaSe"), perl = TRUE)
gsub("(\\w+) (\\w+)", "\\U\\1\\E \\2", "make this loud", perl = TRUE)
# without perl = TRUE the escapes are just letters
gsub("_([a-z])", "\\U\\1", "snake_case", perl = FALSE)
sub("^(.)", "\\U\\1", c("élan", "über", NA), perl = TRUE)

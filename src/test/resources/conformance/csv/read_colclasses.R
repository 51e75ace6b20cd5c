txt <- "zip,amount,code
01234,10,007
98765,20.5,010"
str(read.csv(text = txt))
str(read.csv(text = txt, colClasses = c("character", "numeric", "character")))
str(read.csv(text = txt, colClasses = c(zip = "character")))
str(read.csv(text = txt, colClasses = c("NULL", NA, "integer")))

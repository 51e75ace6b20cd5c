# postal codes and account numbers lose leading zeros unless kept as text
txt <- "zip,account,amount
02134,000123,5
10001,004560,7.25
00501,000001,0"
df <- read.csv(text = txt)
df
sprintf("%05d", df$zip)
df <- read.csv(text = txt, colClasses = c(zip = "character", account = "character"))
df
nchar(df$account)
df$zip[order(df$zip)]
write.csv(df, row.names = FALSE, quote = FALSE)

txt <- "id,day,amount,region,note
001,2024-03-01,10.50,north,ok
002,2024-03-02,7,south,
003,2024-03-05,,north,late"
df <- read.csv(text = txt, colClasses = c(id = "character", day = "Date", note = "NULL"))
str(df)
df$day + 1
df <- read.csv(text = txt, colClasses = c("character", "Date", "numeric", "factor", "character"))
str(df)
levels(df$region)
tapply(df$amount, df$region, sum, na.rm = TRUE)
df <- read.csv(text = txt, colClasses = "character")
sapply(df, class)
df$amount

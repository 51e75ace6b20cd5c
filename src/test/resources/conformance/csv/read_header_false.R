df <- read.csv(text = "1,a\n2,b", header = FALSE)
df
names(df)
read.csv(text = "1,a\n2,b", header = FALSE, col.names = c("num", "let"))

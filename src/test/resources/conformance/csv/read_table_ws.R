txt <- "x y label
1 2.5 first
3 4.5 'second one'
5 6.5 third"
df <- read.table(text = txt, header = TRUE)
df
str(df)
read.table(text = "1 2\n3 4")

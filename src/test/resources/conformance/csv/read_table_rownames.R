txt <- "    a  b
r1  1  2
r2  3  4"
df <- read.table(text = txt)
df
rownames(df)
read.csv(text = "id,x\nk1,5\nk2,6", row.names = 1)
read.csv(text = "id,x\nk1,5\nk2,6", row.names = "id")

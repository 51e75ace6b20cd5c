txt <- "id,value,value,Value,,id
1,2,3,4,5,6"
df <- read.csv(text = txt)
names(df)
df$value.1
names(read.csv(text = txt, check.names = FALSE))
names(read.table(text = "x x x\n1 2 3", header = TRUE))
names(read.csv(text = "_a,1b,a-b,if,TRUE,NA\n1,2,3,4,5,6"))
make.names(c("if", "TRUE", "a b", "a b"), unique = TRUE)

df <- data.frame()
df
dim(df)
nrow(df)
e <- data.frame(a = integer(0), b = character(0))
e
dim(e)
str(e)
names(e)

txt <- "name,age,city,member
Ann,31,,TRUE
,45,Paris,
Bob,,Rome,FALSE
,,,"
df <- read.csv(text = txt)
df
is.na(df)
colSums(is.na(df))
df$name == ""
df2 <- read.csv(text = txt, na.strings = c("", "NA"))
df2$name
complete.cases(df2)

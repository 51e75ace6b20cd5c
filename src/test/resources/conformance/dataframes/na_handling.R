df <- data.frame(id = 1:5, temp = c(20.1, NA, 22.4, 19.8, NA), city = c("a", "b", NA, "d", "e"))
is.na(df)
colSums(is.na(df))
complete.cases(df)
df[complete.cases(df), ]
clean <- na.omit(df)
clean
nrow(clean)
sum(is.na(df$temp))
df$temp[is.na(df$temp)] <- mean(df$temp, na.rm = TRUE)
df

df <- data.frame(a = c(1, 2, 3), b = c(4, 5, 6), name = c("x", "y", "z"))
print(sapply(df, class))
num <- df[sapply(df, is.numeric)]
print(sapply(num, mean))
print(lapply(num, range))
print(vapply(num, function(col) sum(col^2), numeric(1)))
print(Map(function(col, nm) paste(nm, max(col)), num, names(num)))
print(colnames(df)[sapply(df, is.character)])

df <- data.frame(id = 1:2)
df$tags <- list(c("a", "b"), "c")
df
length(df$tags[[1]])

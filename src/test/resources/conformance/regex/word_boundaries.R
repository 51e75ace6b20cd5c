gsub("\\bcat\\b", "dog", "cat catalog concat cat")
gsub("\\<the\\>", "THE", "the other theme the")
grepl("\\bis\\b", c("this", "is", "island is"))

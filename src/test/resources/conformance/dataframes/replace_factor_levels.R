# Assigning values that are not factor levels gives NA with a warning
d <- data.frame(size = factor(c("S", "M", "L")), n = 1:3)
d[2, "size"] <- "XL"
d
d[3, "size"] <- "S"
d
d[1, 1] <- "huge"
d
levels(d$size) <- c(levels(d$size), "XL")
d$size[2] <- "XL"
d
table(d$size)
d$size <- droplevels(d$size)
levels(d$size)

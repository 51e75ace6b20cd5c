regions <- factor(c("north", "south", "east", "west", "south", "north"))
sales <- c(120, 80, 95, 60, 110, 130)
big <- regions[sales > 90]
big
table(big)
table(droplevels(big))
regions[sales > 90, drop = TRUE]
levels(regions[2:3, drop = TRUE])
df <- data.frame(region = regions, sales = sales)
sub <- df[df$sales > 100, ]
levels(sub$region)
sub2 <- droplevels(sub)
levels(sub2$region)
str(sub2)
droplevels(regions, exclude = "north")
keep <- factor(c("a", "b", "c"), levels = c("c", "b", "a", "z"))
droplevels(keep)
o <- factor(c("lo", "hi"), levels = c("lo", "mid", "hi"), ordered = TRUE)
droplevels(o)

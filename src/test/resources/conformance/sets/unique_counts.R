colors <- c("red", "blue", "red", "green", "blue", "red")
u <- unique(colors)
u
counts <- tabulate(match(colors, u))
counts
u[which.max(counts)]
sort(u)
rev(u)
length(u)

# Comparing frames: identical, all.equal, element-wise equality
a <- data.frame(x = 1:3, y = c("p", "q", "r"))
b <- a
identical(a, b)
b$x[2] <- 20L
identical(a, b)
all.equal(a, a)
isTRUE(all.equal(a, b))
a == b
which(a != b, arr.ind = TRUE)
c2 <- a[order(-a$x), ]
identical(a, c2[order(c2$x), ])
rownames(c2) <- NULL
identical(a, c2[3:1, ])
identical(data.frame(x = 1), data.frame(x = 1L))
all(a$x == b$x)
setdiff(b$x, a$x)
a[!(a$x %in% b$x), ]

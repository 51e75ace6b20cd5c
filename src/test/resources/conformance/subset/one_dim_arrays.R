a <- array(1:3, dimnames = list(k = c("a", "b", "c")))
attributes(a[2:3])
attributes(a[2])
a["b"]
a[-1]
a[["b"]]
a[5]
attributes(a[2, drop = FALSE])
a2 <- a
a2["b"] <- 10L
attributes(a2)
a3 <- a
a3[[3]] <- 0L
a3
a4 <- a
a4[5] <- 9L
a4
counts <- table(c("x", "y", "x", "z", "x"))
counts[["x"]]
counts["y"]
counts[counts > 1]
counts[order(-counts, names(counts))]

# Column types after rbind: factors merge levels, numbers widen, characters win
f1 <- data.frame(g = factor(c("b", "a")), n = 1:2)
f2 <- data.frame(g = factor(c("c", "a")), n = c(2.5, 3))
r <- rbind(f1, f2)
r
levels(r$g)
sapply(r, class)
s1 <- data.frame(g = c("x", "y"))
r2 <- rbind(f1[, "g", drop = FALSE], s1)
r2$g
r3 <- rbind(s1, f1[, "g", drop = FALSE])
r3$g
class(r3$g)
l1 <- data.frame(b = c(TRUE, FALSE))
l2 <- data.frame(b = 1:2)
rbind(l1, l2)$b
rbind(data.frame(d = as.Date("2024-01-01")), data.frame(d = as.Date("2024-02-01")))
rbind(data.frame(v = NA), data.frame(v = "x"))

m <- cbind(height = c(150, 160, 170, 180, 190),
           weight = c(52, 60, 68, 80, 95),
           age = c(30, 25, 41, 35, 50))
cor(m)
round(cor(m), 2)
cor(m, m[, "age"])
cor(m[, 1], m)
cor(m[, 1:2], m[, 3, drop = FALSE])
unname(cor(unname(m)))

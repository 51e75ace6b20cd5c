summary(c(1, 2, Inf))
summary(c(-Inf, 0, 1))
summary(c(-Inf, Inf))
summary(c(NaN, 1, 2))

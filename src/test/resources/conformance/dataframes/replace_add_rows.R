# Growing a frame row by row as a handler accumulates results
log <- data.frame(step = integer(0), status = character(0), secs = numeric(0))
log[nrow(log) + 1, ] <- list(1L, "start", 0.5)
log[nrow(log) + 1, ] <- list(2L, "fetch", 1.25)
log[nrow(log) + 1, ] <- list(3L, "done", 0.1)
log
str(log)
named <- data.frame(v = c(1, 2), row.names = c("a", "b"))
named["c", ] <- 3
named
named["a", ] <- 10
named
d <- data.frame(x = 1:2, y = c("p", "q"))
d[4, ] <- list(9L, "z")
d
d[5, "x"] <- 50L
d
f <- data.frame(g = factor(c("lo", "hi")))
f[3, "g"] <- "lo"
f
f[4, "g"] <- "mid"
f
levels(f$g)

log <- data.frame(step = character(0), ms = numeric(0))
log[nrow(log) + 1, ] <- list("load", 12.5)
log[nrow(log) + 1, ] <- list("parse", 3.25)
log
nrow(log)
df <- data.frame(a = 1:2, b = c("x", "y"))
df <- rbind(df, data.frame(a = 3L, b = "z"))
df
df <- rbind(df, list(4L, "w"))
df

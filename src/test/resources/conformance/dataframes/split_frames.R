df <- data.frame(team = c("red", "blue", "red", "green", "blue"), pts = c(3, 7, 2, 9, 1))
parts <- split(df, df$team)
names(parts)
parts$red
parts[["blue"]]
sapply(parts, function(p) sum(p$pts))
lapply(split(df$pts, df$team), max)

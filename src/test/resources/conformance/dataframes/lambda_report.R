# Typical Lambda handler body: summarise records from an event into a table
events <- list(
  list(user = "u1", action = "click", ms = 120),
  list(user = "u2", action = "view", ms = 340),
  list(user = "u1", action = "view", ms = 90),
  list(user = "u3", action = "click", ms = 410),
  list(user = "u2", action = "click", ms = 55)
)
df <- data.frame(
  user = vapply(events, function(e) e$user, character(1)),
  action = vapply(events, function(e) e$action, character(1)),
  ms = vapply(events, function(e) e$ms, numeric(1))
)
df
by_user <- aggregate(ms ~ user, data = df, FUN = sum)
by_user[order(-by_user$ms), ]
counts <- table(df$action)
counts
df$slow <- df$ms > 200
df[df$slow, c("user", "ms")]
cat("slow events:", sum(df$slow), "\n")

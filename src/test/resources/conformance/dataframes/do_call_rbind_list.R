# Building one frame from a list of per-record frames (a common handler pattern)
records <- list(
  list(id = 1, status = "ok", ms = 12.5),
  list(id = 2, status = "fail", ms = 40),
  list(id = 3, status = "ok", ms = 7.25)
)
frames <- lapply(records, as.data.frame)
all <- do.call(rbind, frames)
all
str(all)
named <- list(first = data.frame(v = 1:2), second = data.frame(v = 3L))
do.call(rbind, named)
rownames(do.call(rbind, named))
do.call(rbind, list())
do.call(rbind, frames[0])
parts <- split(all, all$status)
do.call(rbind, parts)
do.call(rbind, unname(parts))
rows <- lapply(1:3, function(i) data.frame(i = i, sq = i^2))
Reduce(rbind, rows)
do.call(cbind, list(data.frame(a = 1:2), data.frame(b = c("x", "y"))))

log <- c("user=alice id=42 role=admin", "user=bob id=7", "", "id=99 user=carol")
m <- gregexpr("(?<key>[a-z]+)=(?<val>[^ ]+)", log, perl = TRUE)
m[[1]]
m[[3]]
starts <- attr(m[[1]], "capture.start")
lens <- attr(m[[1]], "capture.length")
substring(log[1], starts[, "key"], starts[, "key"] + lens[, "key"] - 1)
substring(log[1], starts[, "val"], starts[, "val"] + lens[, "val"] - 1)
r <- regexpr("id=([0-9]+)", log, perl = TRUE)
r
cs <- attr(r, "capture.start")
cl <- attr(r, "capture.length")
ids <- ifelse(cs[, 1] > 0, substring(log, cs[, 1], cs[, 1] + cl[, 1] - 1), NA)
as.integer(ids)
gregexpr("a(b)?", "a ab", perl = TRUE)[[1]]

# Pull ISO dates out of free-text log notes and split them into parts
notes <- c("shipped 2023-04-15, delivered 2023-04-18",
           "no date", "ordered on 1999-12-31", NA,
           "bad 2023-13-45 date")
pat <- "([0-9]{4})-([0-9]{2})-([0-9]{2})"
first <- regmatches(notes, regexpr(pat, notes))
first
all <- regmatches(notes, gregexpr(pat, notes))
all
lengths(all)
parts <- regmatches(notes, regexec(pat, notes))
parts
m <- do.call(rbind, lapply(parts[lengths(parts) > 0], function(p) as.integer(p[2:4])))
colnames(m) <- c("year", "month", "day")
m
ok <- m[, "month"] >= 1 & m[, "month"] <= 12 & m[, "day"] <= 31
ok
regexpr(pat, notes)

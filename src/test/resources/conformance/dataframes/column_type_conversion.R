# Cleaning column types after loading text data
raw <- data.frame(id = c("1", "2", "3", "x"), amount = c("12.5", "7", "", "3e2"),
                  active = c("TRUE", "false", "T", "no"), when = c("2024-01-02", "2024-02-30", NA, "2024-03-01"))
str(raw)
raw$id_num <- suppressWarnings(as.integer(raw$id))
raw$amount_num <- as.numeric(raw$amount)
raw$active_lgl <- as.logical(raw$active)
raw$when_date <- as.Date(raw$when, optional = TRUE)
raw
str(raw)
f <- factor(c("10", "20", "10"))
as.numeric(f)
as.numeric(as.character(f))
as.numeric(levels(f))[f]
d <- data.frame(v = c("1", "2"))
d[] <- lapply(d, as.numeric)
str(d)
d$v <- as.character(d$v)
str(d)
x <- tryCatch(as.integer("3.7x"), warning = function(w) conditionMessage(w))
x

path <- file.path(tempdir(), "definitely-not-here.csv")
ok <- file.exists(path)
ok
res <- tryCatch(read.csv(path), error = function(e) "could not read", warning = function(w) conditionMessage(w))
sub(tempdir(), "<tmp>", res, fixed = TRUE)
read.csv("no-such-input.csv")

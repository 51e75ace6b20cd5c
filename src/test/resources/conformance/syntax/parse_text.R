e <- parse(text = "1 + 2; x <- 3")
length(e)
e[[1]]
eval(e[[1]])
r <- tryCatch(parse(text = "a b"), error = function(err) conditionMessage(err))
cat(r, "\n")
r <- tryCatch(parse(text = "f(,"), error = function(err) conditionMessage(err))
cat(r, "\n")

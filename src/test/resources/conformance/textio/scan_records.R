# what = list(...) reads records of several typed fields
txt <- "apple 3 0.5
pear 10 0.25
fig 7 1.2"
fruit <- scan(text = txt, what = list(name = "", n = 0L, price = 0))
str(fruit)
as.data.frame(fruit)
sum(fruit$n * fruit$price)
# records may continue across lines
scan(text = "a 1 b\n2 c 3", what = list("", 0), quiet = TRUE)
# fill pads short lines, flush drops extra fields
scan(text = "a 1\nb\nc 3", what = list(k = "", v = 0), fill = TRUE, quiet = TRUE)
scan(text = "a 1 extra\nb 2", what = list(k = "", v = 0), flush = TRUE, quiet = TRUE)
# NULL skips a column
scan(text = "id1 x 5\nid2 y 6", what = list(NULL, "", 0), quiet = TRUE)
# csv records
scan(text = "k,v\nx,1\ny,2", what = list("", ""), sep = ",", skip = 1, quiet = TRUE)
r <- tryCatch(scan(text = "a 1\nb\nc 3", what = list("", 0), multi.line = FALSE),
              error = function(e) conditionMessage(e))
r

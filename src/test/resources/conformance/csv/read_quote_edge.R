# quotes in odd places, as hand-edited CSVs have them
f <- function(expr) tryCatch(expr, error = function(e) paste("Error:", conditionMessage(e)),
                             warning = function(w) paste("Warning:", conditionMessage(w)))
txt <- 'id,text
1,say "hi" now
2,"quoted, with comma"
4,"doubled ""x"""'
df <- read.csv(text = txt)
df$text
nchar(df$text)
read.csv(text = txt, quote = "")$text
f(read.csv(text = 'id,text\n1,5" screen\n2,ok'))
read.csv(text = 'id,text\n1,5" screen\n2,ok', quote = "")
read.table(text = "a b\n'x y' \"z w\"", header = TRUE)
read.table(text = "a b\nit's fine", header = TRUE, quote = "\"")
# Mac classic line endings
read.csv(text = "p,q\r1,2\r3,4")
# a quoted field that never ends
f(read.csv(text = 'a,b\n1,"open\n2,3'))
f(read.csv(text = 'a,b\n1,2\n3,4\n5,6\n7,8\n9,"open\n10,11'))

# survey answers with a varying number of fields per line
txt <- "1 red green blue
2 yellow
3 black white"
r <- tryCatch(read.table(text = txt), error = function(e) conditionMessage(e))
r
read.table(text = txt, fill = TRUE)
read.table(text = txt, fill = TRUE, col.names = c("id", paste0("c", 1:4)))
# a longer row after the first five lines wraps onto a new row
long <- paste0(c(paste(1:6, "a b"), "7 a b c d"), collapse = "\n")
read.table(text = long, fill = TRUE)
count.fields(textConnection(txt))

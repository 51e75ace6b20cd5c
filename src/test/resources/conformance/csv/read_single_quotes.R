txt <- "id name
1 'O Brien'
2 \"Smith Jr\"
3 plain"
read.table(text = txt, header = TRUE)
read.table(text = txt, header = TRUE, quote = "\"")

# allowEscapes turns \t and \n in the text into the characters
txt <- "key value
a 'tab\\there'
b 'line\\nbreak'"
df <- read.table(text = txt, header = TRUE)
df$value
nchar(df$value)
df <- read.table(text = txt, header = TRUE, allowEscapes = TRUE)
df$value
nchar(df$value)
# flush drops extra fields at the end of a line
read.table(text = "1 2 trailing words\n3 4 more", flush = TRUE, col.names = c("a", "b"), fill = FALSE)
read.table(text = "id score\n1 90 # ok\n2 85 extra", header = TRUE, flush = TRUE)

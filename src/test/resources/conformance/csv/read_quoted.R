txt <- 'name,comment,n
"Smith, J","said ""hi""",1
"Doe","multi
line",2
plain,"",3'
df <- read.csv(text = txt)
df
df$comment
nchar(df$name)

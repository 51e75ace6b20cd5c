txt <- "color,n
red,1
blue,2
red,3
green,4"
df <- read.csv(text = txt, stringsAsFactors = TRUE)
str(df)
levels(df$color)
table(df$color)

txt <- "id,grade,city,score
1,A,Oslo,3.5
2,B,Rome,4
3,A,Oslo,2.5"
str(read.csv(text = txt, stringsAsFactors = TRUE))
str(read.csv(text = txt, as.is = FALSE))
str(read.csv(text = txt, stringsAsFactors = TRUE, as.is = "city"))
str(read.csv(text = txt, stringsAsFactors = TRUE, as.is = 2))
str(read.csv(text = txt, colClasses = c(grade = "factor")))
df <- read.csv(text = txt, stringsAsFactors = TRUE)
table(df$grade, df$city)

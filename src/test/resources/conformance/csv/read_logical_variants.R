txt <- "a,b,c,d,e,f
TRUE,T,true,yes,1,TRUE
FALSE,F,false,no,0,
NA,T,True,yes,1,FALSE"
df <- read.csv(text = txt)
sapply(df, class)
df
sum(df$a, na.rm = TRUE)
str(read.csv(text = txt, colClasses = c(c = "logical")))
str(read.csv(text = "flag\nT\nF\n  ", strip.white = TRUE))

txt <- "k,v,w
a,1,x
b,-,
c,3,NA
d,,-"
read.csv(text = txt)
read.csv(text = txt, na.strings = c("-", ""))
str(read.csv(text = txt, na.strings = "-"))

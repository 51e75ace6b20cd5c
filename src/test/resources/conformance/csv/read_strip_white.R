txt <- "name , value
  alpha , 1
beta  ,  2  "
str(read.csv(text = txt))
str(read.csv(text = txt, strip.white = TRUE))

df <- read.csv(text = "k,v\na,1\na,2", row.names = 1)

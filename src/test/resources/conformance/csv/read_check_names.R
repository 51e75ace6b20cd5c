txt <- "Order ID,Unit Price ($),2023,qty,qty
1,2.5,x,1,2"
names(read.csv(text = txt))
names(read.csv(text = txt, check.names = FALSE))

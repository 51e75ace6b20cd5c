txt <- "produkt;pris;antall
eple;12,50;3
pære;8,75;10"
read.csv2(text = txt)
read.csv(text = txt, sep = ";", dec = ",")
str(read.csv2(text = txt))

# European exports: semicolon separated, decimal comma
txt <- "Produkt;Preis;Menge
Kaffee;4,50;3
Tee;2,75;10
Kakao;3;NA"
df <- read.csv2(text = txt)
df
str(df)
sum(df$Preis * df$Menge, na.rm = TRUE)
# the same with read.table and explicit arguments
str(read.table(text = txt, sep = ";", dec = ",", header = TRUE))
# dec = "," with read.csv leaves comma numbers as text when sep is ","
str(read.csv(text = "x;y\n1,5;2", sep = ";"))
str(read.delim2(text = "a\tb\n0,5\t1,25"))

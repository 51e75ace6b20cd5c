df <- read.csv(text = "a,b,c,d,e,f
1e3,0x10,Inf,-inf,NaN,2147483648
 7, 8 ,NA,NA,1,-2147483647")
str(df)
df

txt <- "a,b,c,d,e,f,g
1e3,1.5e-2,-0.5,+7,.5,5.,1,234
2E2,3,1e,0x1A,-.25,6,7"
df <- read.csv(text = txt)
sapply(df, class)
df
# values that stay text
str(read.csv(text = "p,q,r\n$5,10%,1_000\n$7,20%,2_000"))
# thousands separators must be removed by hand
raw <- read.csv(text = "amount\n\"1,234.50\"\n\"12.00\"")
raw$amount
as.numeric(gsub(",", "", raw$amount))
# very large integers become doubles
str(read.csv(text = "n\n2147483647\n2147483648"))
str(read.csv(text = "n\n-2147483647\n12"))

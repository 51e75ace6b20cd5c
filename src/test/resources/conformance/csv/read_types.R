df <- read.csv(text = "i,d,l,s,e
1,1.5,TRUE,x,
2,2,FALSE,y,
3,-0.25,T,z,")
sapply(df, class)
df

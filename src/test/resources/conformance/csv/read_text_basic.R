csv <- "id,name,amount
1,widget,9.99
2,gadget,24.5
3,gizmo,100"
df <- read.csv(text = csv)
df
str(df)
sum(df$amount)

# a typical job: read raw orders, clean, aggregate, write a summary CSV
orders <- "order_id,region,product,qty,unit_price,date
1001,North,Widget,3,2.50,2024-01-03
1002,South,Gadget,1,10.00,2024-01-03
1003,North,Gadget,2,10.00,2024-01-04
1004,East,Widget,,2.50,2024-01-05
1005,South,Widget,10,2.25,2024-01-05
1006,North,Widget,1,2.50,2024-01-06"
df <- read.csv(text = orders, colClasses = c(date = "Date"))
df$qty[is.na(df$qty)] <- 0L
df$revenue <- df$qty * df$unit_price
summary_df <- aggregate(cbind(qty, revenue) ~ region, data = df, FUN = sum)
summary_df <- summary_df[order(-summary_df$revenue), ]
summary_df
out <- tempfile(fileext = ".csv")
write.csv(summary_df, out, row.names = FALSE)
cat(readLines(out), sep = "\n")
check <- read.csv(out)
all.equal(check$revenue, summary_df$revenue)
by_day <- tapply(df$revenue, format(df$date, "%d %b"), sum)
by_day
unlink(out)

# Read raw sales, clean, aggregate, write a report
raw <- "date,region,rep,units,unit_price
2024-01-03,north,ann,5,9.99
2024-01-03,south,bob,3,19.5
2024-01-04,north,cy,,9.99
2024-01-05,east,ann,10,4.25
2024-01-05,south,bob,1,199
2024-01-06,north,ann,2,9.99"
sales <- read.csv(text = raw, stringsAsFactors = FALSE)
sales$units[is.na(sales$units)] <- 0
sales$revenue <- sales$units * sales$unit_price
by_region <- aggregate(revenue ~ region, data = sales, FUN = sum)
by_region <- by_region[order(-by_region$revenue), ]
by_region
by_rep <- aggregate(cbind(units, revenue) ~ rep, data = sales, FUN = sum)
by_rep
write.csv(by_region, row.names = FALSE)
cat(sprintf("total revenue: %.2f\n", sum(sales$revenue)))

# Pull numeric values out of messy text fields
x <- c("Total: 1,234.56 USD", "-12 degrees", "3 items at 4.50 each", "none", "1e3 units", NA, "v2.0.1")
nums <- regmatches(x, gregexpr("-?[0-9]+(\\.[0-9]+)?", x))
nums
lapply(nums, as.numeric)
first <- as.numeric(sub("^[^0-9-]*(-?[0-9.,]+).*$", "\\1", gsub(",", "", x)))
first
vapply(nums, length, integer(1))
sapply(nums, function(v) if (length(v)) sum(as.numeric(v)) else NA_real_)
grepl("^-?[0-9]+$", c("12", "-3", "1.5", "", "+4", " 7"))
suppressWarnings(as.numeric(gsub("[^0-9.-]", "", x)))

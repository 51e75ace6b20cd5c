df <- data.frame(a = 1:3, b = 4:6)
r <- tryCatch(df[, "zz"], error = function(e) conditionMessage(e))
r
r <- tryCatch(df[, 5], error = function(e) conditionMessage(e))
r
df$zz
df[["zz"]]
df[, "a"] + 1
df[, "missing_col"]

df <- data.frame(a = 1:3)
r <- tryCatch({ rownames(df) <- c("x", "x", "y"); df }, error = function(e) conditionMessage(e), warning = function(w) conditionMessage(w))
r
r <- tryCatch({ rownames(df) <- c("x", "y"); df }, error = function(e) conditionMessage(e))
r
rownames(df) <- c("x", "y", "z")
df["y", "a"]

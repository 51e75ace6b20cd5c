# Using an id column as row names for lookups
d <- data.frame(id = c(101, 205, 3), name = c("ann", "bo", "cy"))
rownames(d) <- d$id
d
d["3", ]
d[3, ]
d[c("205", "101"), "name"]
d[as.character(c(3, 999)), ]
rownames(d)[d$name == "bo"]
match("205", rownames(d))
d2 <- d[order(d$name, decreasing = TRUE), ]
rownames(d2)
d2["101", "name"] <- "ANN"
d2
r <- tryCatch({ rownames(d2)[1] <- "205"; d2 }, error = function(e) conditionMessage(e),
              warning = function(w) conditionMessage(w))
r

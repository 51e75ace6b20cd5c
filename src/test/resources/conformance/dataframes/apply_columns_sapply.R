# lapply/sapply/vapply/Map over columns
d <- data.frame(n1 = c(1, 2, 3), n2 = c(10, NA, 30), s = c("a", "b", "c"))
sapply(d, class)
sapply(d, is.numeric)
num <- d[sapply(d, is.numeric)]
num
sapply(num, mean, na.rm = TRUE)
vapply(num, function(col) sum(!is.na(col)), integer(1))
lapply(num, range, na.rm = TRUE)
sapply(num, range, na.rm = TRUE)
d[] <- lapply(d, function(col) if (is.numeric(col)) col * 2 else toupper(col))
d
Map(function(col, nm) paste(nm, length(col)), d, names(d))
mapply(function(a, b) a + b, d$n1, d$n2)
sapply(d, function(col) sum(is.na(col)))
Filter(is.numeric, d)
as.data.frame(lapply(num, cumsum))
apply(num, 1, sum)
apply(num, 2, max, na.rm = TRUE)
apply(d, 1, function(r) paste(r, collapse = "|"))

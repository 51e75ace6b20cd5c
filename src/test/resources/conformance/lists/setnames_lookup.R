# build lookup tables with setNames and use them to translate codes
codes <- c("US", "DE", "JP", "DE", "XX")
country <- setNames(c("United States", "Germany", "Japan"), c("US", "DE", "JP"))
unname(country[codes])
ifelse(is.na(country[codes]), "unknown", country[codes])
counts <- setNames(tabulate(factor(codes)), levels(factor(codes)))
counts
sort(counts, decreasing = TRUE)
fns <- setNames(list(mean, median, max), c("avg", "mid", "top"))
x <- c(4, 8, 15, 16, 23, 42)
sapply(fns, function(f) f(x))
vapply(names(fns), function(n) fns[[n]](x), numeric(1))
inv <- setNames(names(country), country)
inv
setNames(1:3, c("a", "b", "c"))[c(TRUE, FALSE, TRUE)]
stats::setNames(list(), character(0))

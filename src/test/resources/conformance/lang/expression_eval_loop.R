rules <- expression(total > 100, discount < 0.5, customer != "")
total <- 150; discount <- 0.2; customer <- "ACME"
print(sapply(rules, eval))
for (r in as.list(rules)) cat(deparse(r), "->", eval(r), "\n")
calcs <- list(area = quote(w * h), perimeter = quote(2 * (w + h)))
dims <- list(w = 3, h = 4)
print(sapply(calcs, eval, envir = dims))

outer_fn <- function() middle_fn()
middle_fn <- function() inner_fn(2)
inner_fn <- function(k) stop("deep failure at level ", k)
outer_fn()

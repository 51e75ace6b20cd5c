a <- array(1:24, c(2, 3, 4))
apply(a, 3, sum)
apply(a, c(1, 3), sum)
apply(a, 1, function(s) dim(s))
r <- tryCatch(apply(1:3, 1, sum), error = function(e) conditionMessage(e))
r

r <- tryCatch(format(1, nsmall = 30), error = function(e) "nsmall rejected")
r
r <- tryCatch(format("x", justify = "diagonal"), error = function(e) "justify rejected")
r

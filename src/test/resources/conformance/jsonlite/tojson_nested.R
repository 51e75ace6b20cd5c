# toJSON of what a Lambda handler may return: functions, deep nesting, NA members
library(jsonlite)
f <- function(x, y = 2) {
  z <- x + y
  z * 2
}
toJSON(f)
toJSON(function(x) x + 1, auto_unbox = TRUE)
toJSON(list(handler = function(event) event$a), auto_unbox = TRUE)
nest <- function(d) if (d == 0) list(value = 1L) else list(level = d, child = nest(d - 1))
toJSON(nest(5), auto_unbox = TRUE)
deep <- 1
for (i in 1:200) deep <- list(deep)
nchar(toJSON(deep))
deepn <- 1
for (i in 1:200) deepn <- list(a = deepn)
substr(toJSON(deepn, auto_unbox = TRUE), 1, 30)
toJSON(list(a = NA, b = list(c = NA, d = list()), e = NULL))
toJSON(list(a = NA, b = list(c = NA, d = list())), na = "null")
toJSON(list(list(1, "a"), list(TRUE, NULL)), auto_unbox = TRUE)
toJSON(list(`a.b` = 1, `a.b` = 2, 3), auto_unbox = TRUE)
tryCatch(toJSON(new.env()), error = function(e) conditionMessage(e))

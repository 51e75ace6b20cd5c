# membership tests in filters
allowed <- c("GET", "POST")
reqs <- c("GET", "PUT", "post", "POST", NA)
reqs %in% allowed
toupper(reqs) %in% allowed
reqs[!reqs %in% allowed]
`%notin%` <- Negate(`%in%`)
reqs %notin% allowed
which(reqs %in% allowed)
1.0 %in% 1L
"1" %in% 1
TRUE %in% "TRUE"
NA %in% NA
NaN %in% NA
NA %in% NaN
NA_character_ %in% NA
list(1, 2) %in% list(2)
c(a = 1, b = 5) %in% 1:3
numeric(0) %in% 1
1 %in% numeric(0)
sum(letters %in% c("a", "e", "i", "o", "u"))
any(c(3, 8) %in% 1:5)
all(c(3, 8) %in% 1:5)
x <- data.frame(k = c("a", "b", "c"), v = 1:3)
x[x$k %in% c("a", "c"), ]

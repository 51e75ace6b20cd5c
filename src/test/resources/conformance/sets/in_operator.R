3 %in% 1:5
c("a", "x") %in% c("a", "b")
1:6 %in% c(2, 4, 6)
NA %in% c(1, NA)
NULL %in% 1:3
"apple" %in% character(0)
fruits <- c("apple", "kiwi", "plum")
allowed <- c("apple", "plum", "pear")
fruits[fruits %in% allowed]
!(fruits %in% allowed)
is.element(3, 1:5)
is.element(c("a", "z"), letters[1:3])

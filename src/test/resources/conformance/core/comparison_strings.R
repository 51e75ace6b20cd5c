"apple" < "banana"
"Zebra" < "apple"
"a" < "B"
"abc" == c("abc", "ABC", NA)
c("x", "y") != "x"
1 == "1"
TRUE == "TRUE"
10 < "9"
sort(c("b", "A", "a", "B", "_", "1"))

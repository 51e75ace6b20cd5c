# Password rules and number formatting with PCRE lookarounds
pw <- c("abc123", "Secret1!", "password", "SHOUT123", "Mix3dCase", "")
has_digit <- grepl("(?=.*[0-9])", pw, perl = TRUE)
has_upper <- grepl("^(?=.*[A-Z])", pw, perl = TRUE)
long_enough <- grepl("^.{8,}$", pw, perl = TRUE)
strong <- grepl("^(?=.*[0-9])(?=.*[a-z])(?=.*[A-Z]).{8,}$", pw, perl = TRUE)
data.frame(pw, has_digit, has_upper, long_enough, strong)
# thousands separators via lookahead
n <- c("1234567", "1000", "999", "12345678901")
gsub("(?<=[0-9])(?=(?:[0-9]{3})+$)", ",", n, perl = TRUE)
# negative lookbehind: dollar amounts not preceded by a minus sign
x <- "paid $40, refunded -$15, tip $5"
regmatches(x, gregexpr("(?<!-)\\$[0-9]+", x, perl = TRUE))
gsub("\\bcat(?!s)\\b", "dog", "cat cats catalog cat.", perl = TRUE)

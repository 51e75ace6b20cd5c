s <- "Grüße 👋"
cp <- utf8ToInt(s)
cp
intToUtf8(cp)
intToUtf8(cp, multiple = TRUE)
intToUtf8(c(72, 105))
intToUtf8(c(72, NA, 105))
intToUtf8(c(72, NA, 105), multiple = TRUE)
intToUtf8(integer(0))
intToUtf8(integer(0), multiple = TRUE)
intToUtf8(c(65, 0, 66))
utf8ToInt("")
utf8ToInt(NA_character_)
chars <- strsplit("abc", "")[[1]]
vapply(chars, utf8ToInt, 1L)
caesar <- function(x, k) intToUtf8((utf8ToInt(x) - 97L + k) %% 26L + 97L)
caesar("hello", 3)
caesar(caesar("hello", 3), -3)
LETTERS[utf8ToInt("C") - 64L]
intToUtf8(0x1F600)
try(intToUtf8("a"))

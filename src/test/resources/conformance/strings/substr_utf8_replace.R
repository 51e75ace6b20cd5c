s <- c("crème brûlée", "日本語テキスト", "abc", NA)
substr(s, 1, 3)
substr(s, 3, 5)
substr(s, 5, 100)
substr(s, 0, 2)
substr(s, 4, 2)
x <- s
substr(x, 1, 2) <- "ZZ"
x
y <- "日本語"
substr(y, 2, 2) <- "X"
y
z <- c("hello", "world")
substr(z, 1, 1) <- c("J", "W")
z
substr(z, 2) <- "EEEEEEEE"
z
w <- "abcdef"
substr(w, 2, 4) <- "1"
w
substring("日本語テキスト", 1:3, 3:5)
toupper(substr(c("alice", "bob"), 1, 1))
paste0(toupper(substr(c("alice", "bob"), 1, 1)), substring(c("alice", "bob"), 2))

grepl(c("a", "b"), "a")
sub(c("a", "b"), "z", "ab")

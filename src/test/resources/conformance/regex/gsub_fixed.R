gsub(".", "!", "a.b.c", fixed = TRUE)
sub("a", "\\1x", "abc", fixed = TRUE)
gsub("(", "[", "f(x)", fixed = TRUE)
gsub("A", "b", "aAa", fixed = TRUE)

dna <- c("ATGCGT", "ttaacc", NA, "")
complement <- chartr("ATGCatgc", "TACGtacg", dna)
complement
rev_complement <- vapply(strsplit(complement[1:2], ""), function(b) paste(rev(b), collapse = ""), "")
rev_complement
chartr("abc", "xyz", "aabbcc")
chartr("a-c", "D-F", "abcdef")
chartr("áé", "ae", "café résumé")
chartr("ab", "xyz", "abc")
chartr(c(x = "abc"), "xyz", c(n = "cab"))
x <- c(first = "hello", second = "world")
chartr("lo", "01", x)
try(chartr("abc", "x", "abc"))

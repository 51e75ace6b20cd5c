# POSIX (TRE) picks the longest match at the leftmost position; PCRE picks the first alternative
codes <- c("fo", "foo", "foobar", "xfoob")
m <- regexpr("fo|foo|foob", codes)
regmatches(codes, m)
m2 <- regexpr("fo|foo|foob", codes, perl = TRUE)
regmatches(codes, m2)
attr(m, "match.length")
attr(m2, "match.length")
# alternation inside a repeated group
sub("(a|ab)*", "<&>", "ababab")
sub("(a|ab)*c", "X", "abababc")
gsub("in|int|inter", "#", "interval internal intern")
gsub("in|int|inter", "#", "interval internal intern", perl = TRUE)
# optional group after an optional character
regmatches("xy", regexpr("x?(xy)?", "xy"))
regmatches("xy", regexpr("x?(xy)?", "xy", perl = TRUE))
# leftmost still wins over longest
regmatches("abcd", regexpr("bcd|ab", "abcd"))
gregexpr("a|aa|aaa", "aaaa a aa")[[1]]

# Replace first vs all occurrences and count what changed
msgs <- c("a-b-c", "--", "none", "-lead", "trail-", "")
sub("-", "+", msgs)
gsub("-", "+", msgs)
changed <- msgs != gsub("-", "", msgs)
changed
n_dash <- nchar(msgs) - nchar(gsub("-", "", msgs, fixed = TRUE))
n_dash
lengths(regmatches(msgs, gregexpr("-", msgs)))
sub("^-+|-+$", "", msgs)
gsub("^-+|-+$", "", msgs)
gsub("-+", "-", c("a--b---c", "-"))
sub("(.*)-", "\\1+", "a-b-c")
sub("(.*?)-", "\\1+", "a-b-c", perl = TRUE)

# Derives the display width GNU R (C.UTF-8) gives each code point, and whether print() escapes it.
# Output: ranges "start end width escaped" (hex start/end) where consecutive code points agree.
# Run: LC_ALL=C.UTF-8 Rscript --vanilla char_widths.R > ../../../main/resources/org/rlambda/format/charwidths.txt
cp <- c(0xA0:0xD7FF, 0xE000:0x10FFFF)
ch <- intToUtf8(cp, multiple = TRUE)
w <- nchar(ch, type = "width", allowNA = TRUE)
esc <- as.integer(encodeString(ch) != ch)
w[is.na(w)] <- -1L
key <- paste(w, esc)
brk <- c(TRUE, key[-1] != key[-length(key)] | diff(cp) != 1)
starts <- which(brk)
ends <- c(starts[-1] - 1L, length(cp))
cat(sprintf("%x %x %d %d", cp[starts], cp[ends], w[starts], esc[starts]), sep = "\n")

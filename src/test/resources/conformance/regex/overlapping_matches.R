dna <- "ATATATGCATAT"
gregexpr("ATA", dna)[[1]]
gregexpr("(?=ATA)", dna, perl = TRUE)[[1]]
length(gregexpr("(?=AT)", dna, perl = TRUE)[[1]])
count_overlapping <- function(pattern, text) {
  m <- gregexpr(paste0("(?=", pattern, ")"), text, perl = TRUE)[[1]]
  if (m[1] == -1) 0L else length(m)
}
count_overlapping("AA", "AAAA")
count_overlapping("AB", "XYZ")
lengths(regmatches(c("aaa", "a", ""), gregexpr("a", c("aaa", "a", ""))))
sum(gregexpr("a", "banana")[[1]] > 0)
table(strsplit("mississippi", "")[[1]])

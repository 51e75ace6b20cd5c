# Frames wider than the console wrap into column blocks; row names repeat per block
set.seed(1)
d <- as.data.frame(matrix(round(seq(1, 240, length.out = 48), 1), nrow = 3))
d
options(width = 40)
d[, 1:8]
w <- data.frame(identifier = c("a-very-long-identifier", "b"), value = c(1.25, 2),
                description = c("something reasonably long to print", "short"))
w
rownames(w) <- c("first_row_name", "second")
w
options(width = 80)
wide <- data.frame(matrix(1:26, nrow = 1, dimnames = list(NULL, LETTERS)))
wide

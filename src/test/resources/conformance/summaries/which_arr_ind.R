errors <- matrix(c(0, 3, 0, 1, 0, 0, 2, 0, 5), nrow = 3,
                 dimnames = list(c("api", "db", "cache"), c("mon", "tue", "wed")))
hits <- which(errors > 0, arr.ind = TRUE)
hits
rownames(errors)[hits[, "row"]]
colnames(errors)[hits[, "col"]]
which(errors > 0, arr.ind = TRUE, useNames = FALSE)
which(errors > 100, arr.ind = TRUE)
which(errors == max(errors), arr.ind = TRUE)
plain <- matrix(1:6, 2)
which(plain %% 2 == 0, arr.ind = TRUE)
cube <- array(1:12, dim = c(2, 3, 2))
which(cube > 9, arr.ind = TRUE)
arrayInd(c(2, 5), dim(plain))
arrayInd(4, c(2, 2), list(c("r1", "r2"), NULL), useNames = TRUE)
which(c(a = TRUE, b = FALSE, c = TRUE))
which(c(a = TRUE, b = FALSE), arr.ind = TRUE)

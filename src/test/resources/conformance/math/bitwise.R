bitwAnd(12L, 10L)
bitwOr(12L, 10L)
bitwXor(12L, 10L)
bitwNot(5L)
bitwShiftL(1L, 4L)
bitwShiftR(256L, 2L)
bitwAnd(c(1L, 3L, 7L), 1L)
bitwOr(12, 10)
flags <- c(read = 1L, write = 2L, exec = 4L)
perm <- bitwOr(flags[["read"]], flags[["exec"]])
perm
bitwAnd(perm, flags) > 0

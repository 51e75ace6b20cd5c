# bit flags for permissions
READ <- 4L; WRITE <- 2L; EXEC <- 1L
perm <- bitwOr(READ, WRITE)
perm
bitwAnd(perm, WRITE) != 0
bitwAnd(perm, EXEC) != 0
bitwXor(perm, READ)
bitwNot(0L)
bitwNot(c(1L, -1L, 255L))
bitwShiftL(1L, 0:5)
bitwShiftR(1024L, c(1, 5, 10))
bitwShiftL(1L, 31L)
bitwShiftR(-1L, 28L)
bitwShiftL(1L, 32L)
bitwAnd(12, 10)
bitwOr(c(1L, 2L, NA), 1L)
bitwAnd(5L, c(1L, 4L, 7L, 8L))
bitwXor(2147483647L, -1L)
tryCatch(bitwAnd(1.5, 1), error = function(e) conditionMessage(e))
tryCatch(bitwAnd("a", 1L), error = function(e) conditionMessage(e))
tryCatch(bitwShiftL(1L, -1L), error = function(e) conditionMessage(e))
bitwShiftL(1L, NA)
flags <- c(3L, 5L, 6L, 7L)
has_read <- bitwAnd(flags, READ) > 0
has_read
strtoi("777", base = 8L)
strtoi(c("ff", "10", "zz"), 16L)

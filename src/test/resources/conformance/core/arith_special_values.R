1 / 0
-1 / 0
0 / 0
NA + 1
NA_integer_ + 1L
NaN + NA
Inf - Inf
Inf * 0
sqrt(-1)
5 %% 0
5 %/% 0
-5 %/% 0
0L %/% 0L
2^1023 * 2
.1 + .2 == .3
isTRUE(all.equal(.1 + .2, .3))
1e308 * 10

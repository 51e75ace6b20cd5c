# numeric limits from .Machine
.Machine$integer.max
.Machine$double.eps
.Machine$double.neg.eps
.Machine$double.xmax
.Machine$double.xmin
.Machine$double.digits
.Machine$double.base
.Machine$double.exponent
.Machine$double.min.exp
.Machine$double.max.exp
.Machine$sizeof.pointer
.Machine$sizeof.long
.Machine$sizeof.longdouble
.Machine$longdouble.eps
.Machine$longdouble.digits
is.list(.Machine)
typeof(.Machine$integer.max)
1 + .Machine$double.eps == 1
1 + .Machine$double.eps / 2 == 1
near <- function(a, b, tol = sqrt(.Machine$double.eps)) abs(a - b) < tol
near(0.1 + 0.2, 0.3)
0.1 + 0.2 == 0.3
.Machine$integer.max + 1L
.Machine$integer.max + 1
-.Machine$integer.max - 1L
.Machine$double.xmax * 2
.Machine$double.xmin / 2 > 0
sqrt(.Machine$double.eps)

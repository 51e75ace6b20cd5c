.Machine$integer.max
.Machine$double.eps
.Machine$double.xmax
.Machine$double.xmin
.Machine$double.digits
length(.Machine)
1 + .Machine$double.eps > 1
1 + .Machine$double.eps / 2 > 1
.Machine$integer.max + 1L

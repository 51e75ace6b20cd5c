# the least-squares kernel lm.fit uses: .Call(C_Cdqrls, x, y, tol, chk) in GNU R
cdqrls <- function(x, y, tol, chk) if (exists(".rlambda_Cdqrls")) .rlambda_Cdqrls(x, y, tol, chk) else .Call(stats:::C_Cdqrls, x, y, tol, chk)
x <- cbind(1, c(1, 2, 3, 4, 5, 6), c(0, 1, 0, 1, 0, 1))
y <- c(1.2, 1.9, 3.2, 3.8, 5.1, 6.3)
z <- cdqrls(x, y, 1e-7, FALSE)
names(z)
z$coefficients
z$residuals
z$effects
z$rank
z$pivot
z$qraux
z$pivoted
z$qr
# rank deficient: a column moved to the end, its coefficient 0
xd <- cbind(x, x[, 2] * 2)
colnames(xd) <- c("a", "b", "c", "d")
zd <- cdqrls(xd, y, 1e-7, FALSE)
zd$coefficients
zd$rank
zd$pivot
zd$pivoted
colnames(zd$qr)
# several responses; integer input
Y <- cbind(y, y^2)
zm <- cdqrls(x, Y, 1e-7, TRUE)
zm$coefficients
dim(zm$residuals)
zi <- cdqrls(matrix(1:6, 3), c(1L, 2L, 4L), 1e-7, TRUE)
zi$coefficients
zi$effects
# checks
try(cdqrls(x, y[-1], 1e-7, TRUE))
try(cdqrls(1:3, 1:3, 1e-7, TRUE))
try(cdqrls(x, replace(y, 2, NA), 1e-7, TRUE))
try(cdqrls(replace(x, 3, Inf), y, 1e-7, TRUE))

# kernel density estimates and normal-reference bandwidths
x <- c(2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 6.1, 3.9, 4.7, 2.2, 3.0)
bw.nrd0(x); bw.nrd(x)
bw.nrd0(c(1, 1, 1, 1)); bw.nrd0(c(0, 0))
d <- density(x)
d
signif(d$y[c(1, 100, 256, 400, 512)], 6); d$bw; d$n; length(d$x)
for (k in c("epanechnikov", "rectangular", "triangular", "biweight", "cosine", "optcosine"))
    print(signif(density(x, kernel = k, n = 8, from = 1, to = 7)$y, 6))
density(x, bw = "nrd", adjust = 2, n = 5, from = 2, to = 6)$y
density(x, bw = 0.5, n = 4)$x
density(x, width = 2, n = 3, from = 3, to = 5)$bw
sapply(c("gaussian", "epanechnikov", "rectangular", "triangular", "biweight", "cosine",
         "optcosine"), function(k) density(x, kernel = k, give.Rkern = TRUE))
dw <- density(x, weights = rep(1 / 12, 12), n = 4, from = 2, to = 5)
signif(dw$y, 6)
density(faithful$eruptions)
density(c(x, NA), na.rm = TRUE, n = 3, from = 2, to = 4)$y
tryCatch(density(c(x, NA)), error = function(e) conditionMessage(e))
tryCatch(density(1), error = function(e) conditionMessage(e))
tryCatch(density(x, bw = "foo"), error = function(e) conditionMessage(e))
tryCatch(density(x, bw = -1), error = function(e) conditionMessage(e))
tryCatch(density("a"), error = function(e) conditionMessage(e))
r <- density(x, weights = rep(1, 12), n = 3, from = 2, to = 4)

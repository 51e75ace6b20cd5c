# rbinom and rhyper beyond the integer range invert qbinom/qhyper; integer results turn double
set.seed(3); x <- rbinom(4, c(10, 3e9, 10, 5e9), 0.999); class(x); x
set.seed(4); rbinom(3, 2^31, 0.3)
set.seed(5); rhyper(3, 3e9, 2e9, 1e6)
set.seed(5); rhyper(3, 3e9, 2e9, 1)

# TukeyHSD on one-way and additive aov fits
npk <- data.frame(block = gl(6, 4), N = factor(c(0,1,0,1,1,1,0,0,0,1,0,1,1,1,0,0,1,0,1,0,1,1,0,0)),
  P = factor(c(1,1,0,0,0,1,0,1,1,1,0,0,0,1,0,1,1,0,0,1,0,1,1,0)),
  yield = c(49.5,62.8,46.8,57.0,59.8,58.5,55.5,56.0,62.8,55.8,69.5,55.0,62.0,48.8,45.5,44.2,52.0,51.5,49.8,48.8,57.2,59.0,53.2,56.0))
g <- factor(rep(c("ctrl", "trt1", "trt2"), c(4, 5, 6)))
w <- c(4.17, 5.58, 5.18, 6.11, 4.81, 4.17, 4.41, 3.59, 5.87, 6.03, 5.14, 4.69, 5.26, 4.92, 6.31)
print(TukeyHSD(aov(w ~ g)))
print(TukeyHSD(aov(w ~ g), ordered = TRUE, conf.level = 0.9))
print(TukeyHSD(aov(yield ~ block + N, npk), "N"))
print(TukeyHSD(aov(yield ~ N + P, npk)))

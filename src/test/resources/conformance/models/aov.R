# aov: one stratum and Error() strata, summaries (npk as in GNU R datasets)
npk <- data.frame(block = gl(6, 4), N = factor(c(0,1,0,1,1,1,0,0,0,1,0,1,1,1,0,0,1,0,1,0,1,1,0,0)),
  P = factor(c(1,1,0,0,0,1,0,1,1,1,0,0,0,1,0,1,1,0,0,1,0,1,1,0)),
  K = factor(c(1,0,0,1,0,1,1,0,0,1,0,1,0,1,1,0,0,0,1,1,1,0,1,0)),
  yield = c(49.5,62.8,46.8,57.0,59.8,58.5,55.5,56.0,62.8,55.8,69.5,55.0,62.0,48.8,45.5,44.2,52.0,51.5,49.8,48.8,57.2,59.0,53.2,56.0))
a <- aov(yield ~ block + N * P * K, npk)
print(a)
print(summary(a))
a2 <- aov(yield ~ N * P * K + Error(block), npk)
print(a2)
print(summary(a2))
print(summary(aov(yield ~ N + P, npk)))
a3 <- aov(yield ~ N + block, npk)
print(coef(a3))
print(anova(lm(yield ~ block + N * P * K, npk)))
print(summary(aov(yield ~ N * P, npk), intercept = TRUE))
print(summary(aov(cbind(yield, yield^2) ~ N, npk)))

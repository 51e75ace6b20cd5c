# Trains the model that r-scripts/score-model.R scores with, in GNU R, as a user would on
# their laptop (run from the repository root: Rscript r-scripts/models/make-mpg-model.R).
# A linear model of fuel consumption on weight, horse power and transmission (mtcars).
fit <- lm(mpg ~ wt + hp + factor(am), data = mtcars)
saveRDS(fit, "r-scripts/models/mpg-model.rds")
print(coef(fit))
# expected predictions for the tests of score-model.R
print(predict(fit, data.frame(wt = c(2.5, 3.2), hp = c(110, 150), am = c(1, 0))), digits = 15)

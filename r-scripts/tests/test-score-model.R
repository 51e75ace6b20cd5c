# Tests of r-scripts/score-model.R, run by `mvn test` (each test_that block is one JUnit test).
source("r-scripts/score-model.R")

test_that("the model trained in GNU R is read at init", {
  expect_s3_class(model, "lm")
  expect_named(coefs, c("(Intercept)", "wt", "hp", "factor(am)1"))
  expect_equal(unname(coefs[["wt"]]), -2.87857541, tolerance = 1e-8)
})

test_that("scores as predict.lm does in GNU R", {
  r <- handler(cars = data.frame(wt = c(2.5, 3.2), hp = c(110, 150), am = c(1, 0)))
  expect_equal(r$n, 2)
  # GNU R: predict(fit, data.frame(wt = c(2.5, 3.2), hp = c(110, 150), am = c(1, 0)))
  expect_equal(r$mpg, round(c(24.7674868638474, 19.1696249057238), 2))
  expect_equal(r$model, "lm(formula = mpg ~ wt + hp + factor(am), data = mtcars)")
})

test_that("a list of cars (as JSON arrives) is scored too", {
  r <- handler(cars = list(wt = 3, hp = 100, am = 1))
  expect_equal(r$n, 1)
  expect_true(is.numeric(r$mpg))
})

test_that("a car without the model's inputs is an error", {
  expect_error(handler(cars = data.frame(wt = 3)), "each car needs hp, am")
})

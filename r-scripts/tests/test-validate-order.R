source("r-scripts/validate-order.R")

test_that("a valid order is priced", {
  expect_equal(handler("widget", quantity = 2, unit_price = 9.5)$total, 19)
})

test_that("a negative quantity is an invalidOrder error", {
  expect_error(handler("widget", quantity = -2), "positive number, got -2", class = "invalidOrder")
})

test_that("a missing quantity is an invalidOrder error", {
  expect_error(handler("widget"), "got nothing", class = "invalidOrder")
})

# Tests of r-scripts/sqs-orders.R: one call per message.
source("r-scripts/sqs-orders.R")

test_that("a valid order is accepted", {
  r <- handler(body = list(order = 7, amount = 12.5), message_id = "m-7")
  expect_equal(r, list(order = 7, accepted = TRUE))
})

test_that("a negative amount fails the message", {
  expect_error(handler(body = list(order = 2, amount = -1), message_id = "m-2"), "order 2 has a negative amount")
})

test_that("a body that is not an order fails the message", {
  expect_error(handler(body = "not json", message_id = "m-4"), "message m-4 is not an order")
})

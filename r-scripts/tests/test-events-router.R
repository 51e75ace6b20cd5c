# Tests of r-scripts/events-router.R with the arguments each trigger passes.
source("r-scripts/events-router.R")

test_that("SNS message", {
  expect_equal(handler(message = list(sensor = "t1", celsius = 100), subject = "x")$reading, 212)
})

test_that("scheduled event", {
  expect_equal(handler(detail_type = "Scheduled Event", detail = list(), source = "aws.events")$kind, "schedule")
})

test_that("EventBridge detail", {
  d <- jsonlite::fromJSON('{"items": [{"sku": "a", "qty": 2}, {"sku": "b", "qty": 5}]}')
  expect_equal(handler(detail_type = "Order Placed", detail = d)$units, 7)
})

test_that("DynamoDB image", {
  r <- handler(event_name = "INSERT", new_image = list(id = "u-1", score = 3), keys = list(id = "u-1"))
  expect_equal(r$score, 3)
})

test_that("Kinesis data, JSON or text", {
  expect_equal(handler(data = list(celsius = 20), partition_key = "k")$value, 20)
  expect_equal(handler(data = "raw reading", partition_key = "k")$value, "raw reading")
})

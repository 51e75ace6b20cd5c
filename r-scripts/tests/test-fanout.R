# Tests of the Step Functions fan-out examples, with S3 replaced by a local stand-in.
source("r-scripts/fanout-rows.R")

test_that("a row's revenue in the batch currency", {
  r <- handler(region = "north", units = "12", price = "2.5", batch_input = list(currency = "EUR"))
  expect_equal(r, list(region = "north", revenue = 30, currency = "EUR"))
})

source("r-scripts/fanout-objects.R")
s3read_using <- function(FUN, ..., object, bucket) {
  if (object == "no-amount.csv") return(data.frame(x = 1))
  data.frame(day = 1:3, amount = c(1, 2, 3.5))
}

test_that("an object's rows and total", {
  expect_equal(handler(bucket = "b", key = "sales/a.csv"), list(key = "sales/a.csv", rows = 3L, total = 6.5))
})

test_that("an object without an amount column fails", {
  expect_error(handler(bucket = "b", key = "no-amount.csv"), "no-amount.csv has no 'amount' column")
})

source("r-scripts/s3-sales-summary.R")

test_that("sales are totalled by region", {
  r <- handler(path = "events/local-s3/example-bucket/uploads/sales.csv", key = "uploads/sales.csv")
  expect_equal(r$rows, 7)
  expect_equal(r$total, 425.24)
  expect_equal(r$by_region$region, c("east", "north", "south"))
  expect_equal(r$by_region$total, c(159.99, 170.25, 95))
  expect_s3_class(r$by_region, "data.frame")
})

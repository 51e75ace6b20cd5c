source("r-scripts/table.R")

test_that("one row per requested item", {
  df <- handler(n = 3, label = "item")
  expect_equal(nrow(df), 3)
  expect_equal(df$square, c(1, 4, 9))
  expect_identical(df$label, c("item 1", "item 2", "item 3"))
})

test_that("n must be positive", {
  expect_error(handler(n = 0), "positive whole number")
})

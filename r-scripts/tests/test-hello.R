# Tests of r-scripts/hello.R, run by `mvn test` (each test_that block is one JUnit test).
source("r-scripts/hello.R")

test_that("greets by name", {
  r <- handler(name = "Ada")
  expect_equal(r$message, "Hello, Ada!")
  expect_equal(r$count, 0)
})

test_that("summarises the numbers it is given", {
  r <- handler(name = "Ada", numbers = c(1, 2, 3.5))
  expect_equal(r$total, 6.5)
  expect_equal(r$mean, 6.5 / 3)
  expect_named(r, c("message", "count", "total", "mean"))
})

test_that("unknown fields are accepted and reported", {
  expect_true(is.list(handler(colour = "blue")))
})

# Tests of r-scripts/http-echo.R: the handler directly, and through http_request() as Lambda calls it.
source("r-scripts/http-echo.R")

test_that("echo reads the query", {
  r <- handler(method = "GET", path = "/echo", query = list(msg = "hi"), headers = list(), body = NULL, cookies = list())
  expect_equal(r$msg, "The message is: 'hi'")
})

test_that("a request through the HTTP adapter gets a JSON body", {
  r <- http_request(handler, "GET", "/echo?msg=hello%20there&tag=x&tag=y")
  expect_equal(r$status, 200L)
  expect_equal(r$headers[["content-type"]], "application/json")
  expect_equal(r$body, "{\"msg\":\"The message is: 'hello there'\",\"tags\":[\"x\",\"y\"]}")
})

test_that("a JSON body is parsed", {
  r <- http_request(handler, "POST", "/sum", body = list(a = 2, b = 40))
  expect_equal(jsonlite::fromJSON(r$body)$sum, 42)
})

test_that("csv is sent as text with its content type", {
  r <- http_request(handler, "GET", "/report.csv")
  expect_equal(r$headers[["content-type"]], "text/csv; charset=utf-8")
  expect_equal(r$body, "region,units\nnorth,12\nsouth,7")
})

test_that("a png from raw bytes comes back as those bytes", {
  r <- http_request(handler, "GET", "/pixel.png")
  expect_equal(r$headers[["content-type"]], "image/png")
  expect_true(is.raw(r$body))
  expect_equal(r$body[2:4], charToRaw("PNG"))
})

test_that("an error is a 500 with a JSON error body", {
  r <- http_request(handler, "GET", "/fail")
  expect_equal(r$status, 500L)
  expect_equal(r$body, "{\"error\":\"500 - Internal server error\"}")
})

test_that("unknown routes are the handler's own 404", {
  r <- http_request(handler, "GET", "/missing")
  expect_equal(r$status, 404L)
})

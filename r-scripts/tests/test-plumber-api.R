# Tests of the plumber-style r-scripts/plumber-api.R, served as Lambda serves it.
api <- plumb_api("r-scripts/plumber-api.R")

test_that("GET with a query parameter", {
  r <- http_request(api, "GET", "/echo?msg=hello")
  expect_equal(r$status, 200L)
  expect_equal(r$body, "{\"msg\":[\"The message is: 'hello'\"]}")
})

test_that("POST arguments from a JSON or a form body", {
  expect_equal(http_request(api, "POST", "/sum", body = list(a = 1, b = 2))$body, "[3]")
  expect_equal(http_request(api, "POST", "/sum", body = "a=3&b=4",
                            headers = list("Content-Type" = "application/x-www-form-urlencoded"))$body, "[7]")
})

test_that("typed path parameters", {
  expect_equal(http_request(api, "GET", "/users/3")$body, "{\"id\":3,\"name\":\"linus\"}")
  expect_equal(http_request(api, "GET", "/users/9")$status, 404L)
  expect_equal(http_request(api, "GET", "/users/nine")$body, "{\"error\":\"404 - Resource Not Found\"}")
})

test_that("405 lists the allowed methods", {
  r <- http_request(api, "PUT", "/echo")
  expect_equal(r$status, 405L)
  expect_equal(r$headers$Allow, "GET")
})

test_that("serializers", {
  expect_equal(http_request(api, "GET", "/users.csv")$body, "id,name\n1,ada\n2,grace\n3,linus\n")
  expect_equal(http_request(api, "GET", "/")$headers[["Content-Type"]], "text/html; charset=UTF-8")
  expect_equal(http_request(api, "GET", "/version")$body, "rlambda 1.0")
})

test_that("the auth filter answers 401 without the token and forwards with it", {
  expect_equal(http_request(api, "GET", "/admin/stats")$status, 401L)
  r <- http_request(api, "GET", "/admin/stats", headers = list("X-Token" = "secret"))
  expect_equal(r$status, 200L)
  expect_equal(r$body, "{\"users\":3}")
})

test_that("a PNG from raw bytes keeps its bytes and content type", {
  r <- http_request(api, "GET", "/pixel.png")
  expect_equal(r$headers[["Content-Type"]], "image/png")
  expect_equal(r$body[2:4], charToRaw("PNG"))
})

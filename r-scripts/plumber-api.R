# A plumber-style API: annotate functions as you would for plumber, no `handler` needed.
# Put it behind API Gateway, a Function URL or an ALB; try it locally:
#   java -jar target/rlambda.jar invoke --http GET '/echo?msg=hi' r-scripts/plumber-api.R
#   java -jar target/rlambda.jar invoke --http POST /sum --data '{"a": 1, "b": 2}' r-scripts/plumber-api.R
#
# As in plumber: query, path and body values are matched to arguments by name (character
# strings unless the path declares a type such as <id:int>); the default serializer is JSON
# (jsonlite::toJSON), others are chosen with @serializer; filters run before every endpoint
# and pass control on with forward(); unknown paths give 404, wrong methods 405.

library(plumber)

users <- data.frame(id = 1:3, name = c("ada", "grace", "linus"), stringsAsFactors = FALSE)

#* Log each request
#* @filter logger
function(req) {
  message(req$REQUEST_METHOD, " ", req$PATH_INFO)
  forward()
}

#* Require a token for /admin paths
#* @filter auth
function(req, res) {
  if (startsWith(req$PATH_INFO, "/admin") && !identical(req$HTTP_X_TOKEN, "secret")) {
    res$status <- 401
    return(list(error = "Authentication required"))
  }
  forward()
}

#* Echo the parameter that was sent in
#* @param msg The message to echo back.
#* @get /echo
function(msg = "") {
  list(msg = paste0("The message is: '", msg, "'"))
}

#* Add two numbers
#* @param a first number
#* @param b second number
#* @post /sum
function(a, b) {
  as.numeric(a) + as.numeric(b)
}

#* A user by id
#* @get /users/<id:int>
#* @serializer unboxedJSON
function(id, res) {
  u <- users[users$id == id, ]
  if (nrow(u) == 0) {
    res$status <- 404
    return(list(error = paste("no user", id)))
  }
  list(id = u$id, name = u$name)
}

#* All users as CSV
#* @get /users.csv
#* @serializer csv
function() {
  users
}

#* A greeting page
#* @get /
#* @serializer html
function() {
  "<html><body><h1>plumber is alive!</h1></body></html>"
}

#* Plain text
#* @get /version
#* @serializer text
function(res) {
  res$setHeader("Cache-Control", "no-store")
  paste("rlambda", "1.0")
}

#* Admin only
#* @get /admin/stats
#* @serializer unboxedJSON
function() {
  list(users = nrow(users))
}

#* A 1x1 PNG from raw bytes (plumber's contentType serializer): sent base64-encoded
#* @get /pixel.png
#* @serializer contentType list(type = "image/png")
function() {
  as.raw(c(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
           0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00,
           0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78,
           0x9c, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00,
           0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82))
}

#* Fails on purpose
#* @get /fail
function() {
  stop("this endpoint always fails")
}

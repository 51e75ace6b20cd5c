# Echoes what an HTTP handler receives, for HttpRequestShapesTest.
handler <- function(method, path, query, headers, path_params, body, cookies, request_context) {
  if (path == "/cookie") {
    return(http_response("set", headers = list("Set-Cookie" = "a=1; Path=/", "X-Other" = "y")))
  }
  list(method = method, path = path, query = query, ua = headers[["user-agent"]],
       path_params = path_params, body_class = class(body),
       body = if (is.raw(body)) length(body) else body, cookies = cookies,
       stage = request_context$stage)
}

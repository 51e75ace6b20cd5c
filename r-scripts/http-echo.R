# An HTTP API behind API Gateway (REST or HTTP API), a Function URL or an ALB. Try it locally:
#   java -jar target/rlambda.jar invoke r-scripts/http-echo.R events/http-api.json
#   java -jar target/rlambda.jar invoke --http GET '/echo?msg=hi' r-scripts/http-echo.R
#
# The handler declares the parts of the request it wants: method, path, query (a named list;
# a repeated key gives a vector), headers (lower-case names), path_params, body (JSON parsed
# with jsonlite's rules, form fields as a list, other text as a string), cookies, request_context.
# A plain value is sent as 200 with a JSON body; http_response() sends anything else.

handler <- function(method, path, query, headers, body, cookies) {
  if (path == "/echo") {
    msg <- if (is.null(query$msg)) "" else query$msg
    return(list(msg = paste0("The message is: '", msg, "'"), tags = query$tag))
  }
  if (path == "/sum" && method == "POST") {
    return(list(sum = body$a + body$b))
  }
  if (path == "/report.csv") {
    df <- data.frame(region = c("north", "south"), units = c(12L, 7L))
    csv <- paste(c("region,units", paste(df$region, df$units, sep = ",")), collapse = "\n")
    return(http_response(csv, content_type = "text/csv; charset=utf-8",
                         headers = list("cache-control" = "max-age=60")))
  }
  if (path == "/pixel.png") {
    # a 1x1 transparent PNG from raw bytes: sent base64-encoded with its content type
    png <- as.raw(c(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
                    0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00,
                    0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78,
                    0x9c, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d, 0xb4, 0x00,
                    0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82))
    return(http_response(png, content_type = "image/png"))
  }
  if (path == "/fail") stop("this endpoint always fails")
  http_response(list(error = paste("no route for", method, path)), status = 404L)
}

r <- withRestarts(
  {
    rs <- computeRestarts()
    print(class(rs[[1]]))
    print(rs[[1]]$name)
    "body value"
  },
  retry = function() "retrying")
print(r)
res <- withCallingHandlers(
  withRestarts(stop("fatal"), recover = function() "recovered"),
  error = function(e) invokeRestart("recover"))
print(res)

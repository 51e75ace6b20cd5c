# read configuration from the environment, with defaults, as a Lambda handler does
Sys.setenv(APP_BUCKET = "my-bucket", APP_LIMIT = "250", APP_DEBUG = "true")
cfg <- list(
  bucket = Sys.getenv("APP_BUCKET"),
  limit = as.integer(Sys.getenv("APP_LIMIT", "100")),
  debug = as.logical(Sys.getenv("APP_DEBUG", "false")),
  region = Sys.getenv("APP_REGION", unset = "us-east-1")
)
str(cfg)
Sys.getenv(c("APP_BUCKET", "APP_LIMIT"))
Sys.getenv(c("APP_BUCKET", "APP_NOPE"), unset = NA)
Sys.getenv("APP_BUCKET", names = TRUE)
Sys.setenv(APP_LIMIT = 10, APP_EMPTY = "")
Sys.getenv("APP_LIMIT")
nzchar(Sys.getenv("APP_EMPTY"))
Sys.getenv("APP_EMPTY", unset = "fallback")
Sys.unsetenv(c("APP_BUCKET", "APP_LIMIT", "APP_DEBUG", "APP_EMPTY"))
Sys.getenv("APP_BUCKET", unset = NA)
"APP_BUCKET" %in% names(Sys.getenv())
r <- tryCatch(Sys.setenv("novalue"), error = function(e) conditionMessage(e))
r

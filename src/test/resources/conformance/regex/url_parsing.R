urls <- c("https://example.com:8080/path/to/page?q=1&lang=en#top",
          "http://test.org/index.html",
          "ftp://files.server.net/pub/",
          "not a url", NA,
          "https://sub.domain.co.uk?x=")
pat <- "^([a-z]+)://([^/:?#]+)(:([0-9]+))?(/[^?#]*)?(\\?([^#]*))?(#(.*))?$"
parts <- regmatches(urls, regexec(pat, urls))
parts
scheme <- sapply(parts, function(p) if (length(p)) p[2] else NA_character_)
host <- sapply(parts, function(p) if (length(p)) p[3] else NA_character_)
port <- sapply(parts, function(p) if (length(p) && nzchar(p[5])) as.integer(p[5]) else NA_integer_)
data.frame(scheme, host, port)
query <- sub("^[^?]*\\?([^#]*).*$", "\\1", urls[1])
kv <- strsplit(strsplit(query, "&", fixed = TRUE)[[1]], "=", fixed = TRUE)
setNames(vapply(kv, `[`, "", 2), vapply(kv, `[`, "", 1))
regexec(pat, urls[2])
sub("^https?://(www\\.)?", "", urls)

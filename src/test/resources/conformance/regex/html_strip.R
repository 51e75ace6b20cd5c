# Strip markup from scraped snippets
html <- c("<p>Hello <b>world</b></p>", "<a href='x.html'>link</a> &amp; more",
          "no tags", "<br/>line<br/>break", "<div class=\"a\">  spaced   out </div>", NA)
text <- gsub("<[^>]+>", "", html)
text
gsub("<.*>", "", html)
gsub("<.*?>", "", html, perl = TRUE)
gsub("<.*?>", "", html)
text <- gsub("&amp;", "&", text, fixed = TRUE)
text <- trimws(gsub("[[:space:]]+", " ", text))
text
nchar(text)
tags <- regmatches(html, gregexpr("<([a-z]+)", html))
tags
table(unlist(lapply(tags, function(t) sub("<", "", t))))

regexec("(\\d+)-(\\d+)", c("10-20", "x"))
regexec("(a)|(b)", "b")
m <- regexec("(\\w+)@(\\w+)\\.com", c("ann@site.com", "bad"))
regmatches(c("ann@site.com", "bad"), m)

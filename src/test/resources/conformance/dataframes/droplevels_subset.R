# Subsetting keeps unused factor levels until droplevels()
d <- data.frame(dept = factor(c("ops", "dev", "ops", "hr")), n = c(3, 8, 1, 2),
                site = factor(c("x", "y", "x", "z")))
dev_only <- d[d$dept != "ops", ]
levels(dev_only$dept)
table(dev_only$dept)
dd <- droplevels(dev_only)
levels(dd$dept)
levels(dd$site)
table(dd$dept)
levels(droplevels(d[d$n > 5, ], except = 3)$site)
str(droplevels(d[0, ]))
summary(dd)

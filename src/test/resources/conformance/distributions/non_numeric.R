pnorm("a")

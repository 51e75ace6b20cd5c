a <- textConnection("va", "w"); b <- textConnection("vb", "w")
sink(a); sink(b); sink(a); n <- sink.number(); sink(); sink(); sink(); sink.number()
print(n)
sink(a); sink(a); n <- sink.number(); sink(); print(n); sink.number()

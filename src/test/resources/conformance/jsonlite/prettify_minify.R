library(jsonlite)
x <- '{"a":[1,2,{"b":null}],"c":"text","d":{}}'
prettify(x)
prettify(x, indent = 2)
minify(prettify(x))
minify('[ 1 , 2 ]')
cat(prettify('[]'))
toJSON(list(a = 1, b = list(c = 2)), pretty = 4)

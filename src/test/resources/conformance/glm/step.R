# drop1 and backward step on generalised linear models
g <- glm(am ~ hp + wt + qsec, binomial, mtcars)
print(drop1(g))
print(drop1(g, test = "LRT"))
print(drop1(glm(mpg ~ wt + hp, data = mtcars), test = "F"))
sg <- step(g)
print(coef(sg))

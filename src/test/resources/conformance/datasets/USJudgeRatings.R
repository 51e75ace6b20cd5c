# the USJudgeRatings dataset prints as in GNU R
print(head(USJudgeRatings))
str(USJudgeRatings)
summary(USJudgeRatings)

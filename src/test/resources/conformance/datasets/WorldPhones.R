# the WorldPhones dataset prints as in GNU R
print(head(WorldPhones))
str(WorldPhones)
summary(WorldPhones)

person <- list(name = "Ann", age = 41, email = NULL, address = list(city = "Oslo", zip = "0150"))
person$name
person$age + 1
person$address$city
person$email
person$phone
names(person)
p2 <- list(value = 1, values = 2)
p2$value
p2$val
p3 <- list(total = 10, other = 2)
p3$tot

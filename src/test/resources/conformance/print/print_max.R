print(letters, max = 5)
print(1:100, max = 10)
print(1:3, max = 2)

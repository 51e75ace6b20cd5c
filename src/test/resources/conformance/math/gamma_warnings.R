gamma(0)
gamma(-1)
factorial(-1)

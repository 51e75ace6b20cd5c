df <- data.frame(w = c(60, 72, 85), h = c(1.65, 1.8, 1.75))
transform(df, bmi = w / h^2)
transform(df, w = w * 2.2, tall = h > 1.7)
df

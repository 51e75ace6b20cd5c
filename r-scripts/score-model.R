# Scores cars with a model trained in GNU R ("train on the laptop, score on Lambda"):
# r-scripts/models/make-mpg-model.R fitted lm(mpg ~ wt + hp + factor(am), data = mtcars) and
# saved it with saveRDS(). Run it locally:
#   java -jar target/rlambda.jar invoke r-scripts/score-model.R events/score-model.json
#
# The model is read once per container, at init; each event is a list of cars, scored with
# the fitted coefficients (predict.lm() is not in the interpreter yet).

model <- readRDS("r-scripts/models/mpg-model.rds")
coefs <- model$coefficients

handler <- function(cars = list(), ...) {
  cars <- as.data.frame(cars)
  required <- c("wt", "hp", "am")
  missing_cols <- setdiff(required, names(cars))
  if (length(missing_cols) > 0) {
    stop("each car needs ", paste(missing_cols, collapse = ", "))
  }
  mpg <- coefs[["(Intercept)"]] +
    coefs[["wt"]] * cars$wt +
    coefs[["hp"]] * cars$hp +
    coefs[["factor(am)1"]] * (cars$am == 1)
  list(
    model = deparse(model$call),
    n = nrow(cars),
    mpg = round(mpg, 2)
  )
}

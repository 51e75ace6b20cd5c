# Fan-out over rows: a Distributed Map reading a CSV file (ItemReader with "InputType": "CSV")
# sends rows in batches; each row's columns arrive as arguments (as text, as Step Functions reads
# them), `batch_input` carries the ItemBatcher's BatchInput. Try it locally:
#   java -jar target/rlambda.jar invoke r-scripts/fanout-rows.R events/stepfunctions-rows.json

handler <- function(region, units, price, batch_input = list()) {
  revenue <- as.numeric(units) * as.numeric(price)
  list(region = region, revenue = round(revenue, 2),
       currency = if (is.null(batch_input$currency)) "USD" else batch_input$currency)
}

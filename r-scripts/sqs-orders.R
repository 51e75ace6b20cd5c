# An SQS consumer: the handler runs once per message of the batch. Try it locally:
#   RLAMBDA_SQS_PARTIAL_BATCH=true java -jar target/rlambda.jar invoke r-scripts/sqs-orders.R events/sqs-batch.json
#
# `body` is the message body, parsed with jsonlite's rules when it is JSON (else the text);
# `message_id`, `attributes` (SQS system attributes) and `message_attributes` come with it.
# With RLAMBDA_SQS_PARTIAL_BATCH=true (and "ReportBatchItemFailures" on the event source
# mapping) a message whose handler call fails is reported in batchItemFailures, so only the
# failed messages return to the queue; otherwise any failure fails (and retries) the whole batch.

handler <- function(body, message_id) {
  if (!is.list(body) || is.null(body$amount)) stop("message ", message_id, " is not an order")
  if (body$amount < 0) stop("order ", body$order, " has a negative amount")
  message("order ", body$order, ": ", format(body$amount, nsmall = 2))
  list(order = body$order, accepted = TRUE)
}

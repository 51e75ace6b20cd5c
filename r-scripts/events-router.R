# One function for notifications, schedules and streams. Try it locally with any of
#   events/sns.json, events/schedule.json, events/eventbridge.json,
#   events/dynamodb-stream.json, events/kinesis.json:
#   java -jar target/rlambda.jar invoke r-scripts/events-router.R events/sns.json
#
# Each trigger passes its own arguments; the handler declares the ones it uses and takes the
# rest in `...`:
#   SNS          message (JSON parsed), subject, attributes, topic_arn, message_id, timestamp
#   EventBridge  detail, detail_type, source, time, id, region, account, resources
#   DynamoDB     event_name, keys, new_image, old_image (plain R values), sequence_number
#   Kinesis      data (base64-decoded; JSON parsed), partition_key, sequence_number, arrival_time

handler <- function(message = NULL, detail_type = NULL, detail = NULL, event_name = NULL,
                    new_image = NULL, data = NULL, partition_key = NULL, ...) {
  if (!is.null(message)) {
    return(list(kind = "sns", reading = message$celsius * 9 / 5 + 32))
  }
  if (!is.null(detail_type)) {
    if (detail_type == "Scheduled Event") return(list(kind = "schedule", ran = TRUE))
    return(list(kind = "eventbridge", units = sum(detail$items$qty)))
  }
  if (!is.null(event_name)) {
    return(list(kind = "dynamodb", event = event_name, score = new_image$score))
  }
  if (!is.null(partition_key)) {
    return(list(kind = "kinesis", key = partition_key,
                value = if (is.list(data)) data$celsius else data))
  }
  stop("unexpected event")
}

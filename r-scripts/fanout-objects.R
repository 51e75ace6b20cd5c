# Fan-out over S3 objects with a Step Functions Distributed Map (docs/DEPLOY.md, "Step Functions").
# The Map state lists the objects under a prefix (S3 ItemReader) and sends them in batches
# (ItemBatcher): the handler runs once per object with `bucket`, `key`, `size`, `etag` and
# `last_modified`, and the batch's answer is the list of the per-object results. Try it locally:
#   java -jar target/rlambda.jar invoke r-scripts/fanout-objects.R events/stepfunctions-batch.json
# (S3 access uses the standard AWS environment: credentials, AWS_REGION, AWS_ENDPOINT_URL_S3.)
#
# Each object is read with the aws.s3-style API: s3read_using(read.csv, object = key, bucket = bucket).

handler <- function(bucket, key, size = NA) {
  sales <- s3read_using(read.csv, object = key, bucket = bucket)
  if (!"amount" %in% names(sales)) stop(key, " has no 'amount' column")
  list(key = key, rows = nrow(sales), total = sum(sales$amount))
}

#!/usr/bin/env bash
# The peer of `berth reset` for the default fixtures: what a team writes with the
# AWS CLI, psql and redis-cli. Endpoints come from the environment:
#   AWS_ENDPOINT (http://127.0.0.1:4566), PGHOST/PGPORT/PGUSER/PGPASSWORD, REDIS_PORT
set -euo pipefail
SEED=${SEED:-seed/ysh-b2b}
export AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1
aws() { command aws --endpoint-url "$AWS_ENDPOINT" "$@"; }

# S3: drop every bucket, recreate the fixture buckets with their objects.
for b in $(aws s3api list-buckets --query 'Buckets[].Name' --output text); do aws s3 rb "s3://$b" --force >/dev/null; done
for dir in "$SEED"/s3/*/; do
    b=$(basename "$dir")
    aws s3 mb "s3://$b" >/dev/null
    aws s3 cp "$dir" "s3://$b/" --recursive --exclude .keep >/dev/null
done
aws s3api put-bucket-versioning --bucket ysh-backups --versioning-configuration Status=Enabled
aws s3api put-bucket-versioning --bucket ysh-terraform-state --versioning-configuration Status=Enabled

# Secrets: delete what is there, create the fixtures.
for s in $(aws secretsmanager list-secrets --query 'SecretList[].Name' --output text); do
    aws secretsmanager delete-secret --secret-id "$s" --force-delete-without-recovery >/dev/null
done
aws secretsmanager create-secret --name /ysh-b2b/database-url --secret-string "postgres://medusa_user:medusa_password@postgres:5432/medusa_db" >/dev/null
aws secretsmanager create-secret --name /ysh-b2b/redis-url --secret-string "redis://redis:6379" >/dev/null
aws secretsmanager create-secret --name /ysh-b2b/jwt-secret --secret-string "$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')" >/dev/null
aws secretsmanager create-secret --name /ysh-b2b/cookie-secret --secret-string "$(head -c 33 /dev/urandom | base64)" >/dev/null
aws secretsmanager create-secret --name /ysh-b2b/rsa-private-key --secret-binary "fileb://$SEED/files/dev-rsa-private-key.der" >/dev/null

# Queues: delete all, recreate, preload.
for q in $(aws sqs list-queues --query 'QueueUrls' --output text); do [ "$q" = None ] || aws sqs delete-queue --queue-url "$q"; done
aws sqs create-queue --queue-name orders-dlq --attributes MessageRetentionPeriod=1209600 >/dev/null
dlq_arn="arn:aws:sqs:us-east-1:000000000000:orders-dlq"
aws sqs create-queue --queue-name orders --attributes "{\"VisibilityTimeout\":\"30\",\"RedrivePolicy\":\"{\\\"deadLetterTargetArn\\\":\\\"$dlq_arn\\\",\\\"maxReceiveCount\\\":5}\"}" >/dev/null
aws sqs create-queue --queue-name order-events.fifo --attributes FifoQueue=true,ContentBasedDeduplication=true >/dev/null
url=$(aws sqs create-queue --queue-name notifications --attributes DelaySeconds=0 --query QueueUrl --output text)
aws sqs send-message --queue-url "$url" --message-body '{"type": "welcome", "customer": 1}' >/dev/null
aws sqs send-message --queue-url "$url" --message-body '{"type": "price-update", "sku": "YSH-PAN-00001"}' >/dev/null

# Postgres: recreate the database and apply the SQL files.
psql -q -d postgres -c 'DROP DATABASE IF EXISTS medusa_db WITH (FORCE)' -c 'CREATE DATABASE medusa_db'
for f in "$SEED"/postgres/*.sql; do psql -q -v ON_ERROR_STOP=1 -d medusa_db -1 -f "$f"; done

# Redis: flush and load.
r() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" "$@" >/dev/null; }
r FLUSHALL
r SET cache:catalog:version 2026.11
r HSET cache:product:YSH-PAN-00001 name "Painel solar 550 W" price 1099.90 currency BRL
r EXPIRE cache:product:YSH-PAN-00001 3600
r ZADD featured:products 1 YSH-PAN-00001 2 YSH-INV-00002 3 YSH-BAT-00003
r -n 1 SET session:demo demo-user EX 86400
r RPUSH queue:recent-orders order-1001 order-1002
r SADD flags:enabled b2b-pricing pix-checkout

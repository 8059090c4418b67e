"""LocalStack ready hook for the YSH B2B stack: the fixtures the backend needs to boot.

Runs inside LocalStack once it is ready; /_localstack/init/ready reports it,
and berth's LocalStack probe waits for that. Idempotent: safe on every start.
"""
import os

import boto3

ENDPOINT = "http://localhost:4566"
REGION = os.environ.get("AWS_DEFAULT_REGION", "us-east-1")


def client(service):
    return boto3.client(service, endpoint_url=ENDPOINT, region_name=REGION,
                        aws_access_key_id="test", aws_secret_access_key="test")


s3 = client("s3")
for bucket in ("ysh-uploads", "ysh-backups", "ysh-terraform-state"):
    try:
        s3.create_bucket(Bucket=bucket)
    except s3.exceptions.BucketAlreadyOwnedByYou:
        pass

secrets = client("secretsmanager")
database_url = os.environ.get("YSH_DATABASE_URL", "postgres://medusa_user:medusa_password@postgres:5432/medusa_db")
for name, value in {"/ysh-b2b/database-url": database_url}.items():
    try:
        secrets.create_secret(Name=name, SecretString=value)
    except secrets.exceptions.ResourceExistsException:
        secrets.put_secret_value(SecretId=name, SecretString=value)

client("sqs").create_queue(QueueName="orders")
print("ysh-b2b fixtures ready")

# The objects of the uploads bucket (product images), when the platform's seed folder is
# mounted at /fixtures/s3 (docker-compose.localstack.yml mounts it).
FIXTURES = "/fixtures/s3"
if os.path.isdir(FIXTURES):
    for bucket in os.listdir(FIXTURES):
        for folder, _, files in os.walk(os.path.join(FIXTURES, bucket)):
            for name in files:
                if name.startswith("."):
                    continue
                path = os.path.join(folder, name)
                s3.upload_file(path, bucket, os.path.relpath(path, os.path.join(FIXTURES, bucket)))
    print("ysh-b2b objects uploaded")

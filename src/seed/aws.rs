//! S3, Secrets Manager and SQS fixtures against the sandbox's LocalStack.
//! Clients are built only from the explicit endpoint and LocalStack's test
//! credentials: never from the environment, so nothing can reach real AWS.

use std::collections::{BTreeMap, HashMap};

use aws_sdk_s3::primitives::ByteStream;
use aws_smithy_types::Blob;
use futures_util::future::{BoxFuture, FutureExt};
use futures_util::{stream, StreamExt, TryStreamExt};

use super::aws_diff::{self, LiveQueues, LiveS3, LiveSecrets};
use super::aws_names::{queue_arn, SANDBOX_ACCOUNT};
use super::plan::{Change, Kind, Op};
use super::spec::{SecretValue, SeedSpec};
use super::{Mode, SeedError};

const PARALLEL: usize = 16;

#[derive(Clone)]
pub struct AwsClients {
    pub s3: aws_sdk_s3::Client,
    pub secrets: aws_sdk_secretsmanager::Client,
    pub sqs: aws_sdk_sqs::Client,
    pub sts: aws_sdk_sts::Client,
    pub region: String,
    /// The account the sandbox answers for: queue ARNs (redrive policies) name it.
    pub account: String,
}

/// One configuration for every client: the explicit endpoint, region and LocalStack's test
/// credentials. Built by hand, never loaded from the environment or profile files.
fn sandbox_config(endpoint: &str, region: &str) -> aws_config::SdkConfig {
    let credentials = aws_sdk_s3::config::Credentials::new("test", "test", None, None, "berth-sandbox");
    use aws_smithy_http_client::tls::{rustls_provider::CryptoMode, Provider};
    let http = aws_smithy_http_client::Builder::new().tls_provider(Provider::Rustls(CryptoMode::Ring)).build_https();
    aws_config::SdkConfig::builder()
        .behavior_version(aws_config::BehaviorVersion::latest())
        .http_client(http)
        .endpoint_url(endpoint)
        .region(aws_config::Region::new(region.to_string()))
        .credentials_provider(aws_sdk_s3::config::SharedCredentialsProvider::new(credentials))
        .build()
}

impl AwsClients {
    pub fn new(endpoint: &str, region: &str) -> AwsClients {
        let config = sandbox_config(endpoint, region);
        // Sandboxes serve buckets under their path, not as subdomains of the endpoint.
        let s3 = aws_sdk_s3::config::Builder::from(&config).force_path_style(true).build();
        AwsClients {
            s3: aws_sdk_s3::Client::from_conf(s3),
            secrets: aws_sdk_secretsmanager::Client::new(&config),
            sqs: aws_sdk_sqs::Client::new(&config),
            sts: aws_sdk_sts::Client::new(&config),
            region: region.to_string(),
            account: SANDBOX_ACCOUNT.to_string(),
        }
    }

    /// The account the endpoint says we are; LocalStack answers `000000000000`.
    pub async fn caller_account(&self) -> Result<String, SeedError> {
        let out = self.sts.get_caller_identity().send().await.map_err(|e| SeedError::aws("ask STS who we are", e))?;
        Ok(out.account.unwrap_or_default())
    }
}

fn queue_name(url: &str) -> String {
    url.rsplit('/').next().unwrap_or(url).to_string()
}

fn redrive(c: &AwsClients, target: &str, count: u32) -> String {
    let arn = queue_arn(&c.region, &c.account, target);
    serde_json::json!({ "deadLetterTargetArn": arn, "maxReceiveCount": count }).to_string()
}

pub async fn plan(c: &AwsClients, spec: &SeedSpec, mode: Mode, only: &[Kind]) -> Result<Vec<Change>, SeedError> {
    let mut changes = Vec::new();
    if only.contains(&Kind::S3) {
        changes.extend(plan_s3(c, spec, mode).await?);
    }
    if only.contains(&Kind::Secrets) {
        changes.extend(plan_secrets(c, spec, mode).await?);
    }
    if only.contains(&Kind::Sqs) {
        changes.extend(plan_sqs(c, spec, mode).await?);
    }
    Ok(changes)
}

async fn list_objects(c: &AwsClients, bucket: &str) -> Result<HashMap<String, String>, SeedError> {
    let mut out = HashMap::new();
    let mut pages = c.s3.list_objects_v2().bucket(bucket).into_paginator().send();
    while let Some(page) = pages.next().await {
        let page = page.map_err(|e| SeedError::aws(format!("list objects of bucket {bucket}"), e))?;
        for o in page.contents.unwrap_or_default() {
            if let Some(key) = o.key {
                out.insert(key, o.e_tag.unwrap_or_default().trim_matches('"').to_string());
            }
        }
    }
    Ok(out)
}

/// Runs futures with bounded concurrency, keeping their order.
async fn bounded<T>(futures: Vec<BoxFuture<'_, Result<T, SeedError>>>) -> Result<Vec<T>, SeedError> {
    stream::iter(futures).buffered(PARALLEL).try_collect().await
}

async fn bucket_listing(
    c: &AwsClients,
    exists: bool,
    bucket: &str,
) -> Result<Option<HashMap<String, String>>, SeedError> {
    if exists {
        list_objects(c, bucket).await.map(Some)
    } else {
        Ok(None)
    }
}

async fn secret_value(c: &AwsClients, exists: bool, name: &str) -> Result<Option<SecretValue>, SeedError> {
    if !exists {
        return Ok(None);
    }
    let v = c
        .secrets
        .get_secret_value()
        .secret_id(name)
        .send()
        .await
        .map_err(|e| SeedError::aws(format!("read secret {name}"), e))?;
    Ok(Some(match (v.secret_string, v.secret_binary) {
        (Some(text), _) => SecretValue::Text(text),
        (None, Some(blob)) => SecretValue::Binary(blob.into_inner()),
        (None, None) => SecretValue::Text(String::new()),
    }))
}

pub(super) async fn queue_attributes(
    c: &AwsClients,
    url: Option<String>,
    name: &str,
) -> Result<Option<HashMap<String, String>>, SeedError> {
    let Some(url) = url else { return Ok(None) };
    let out = c
        .sqs
        .get_queue_attributes()
        .queue_url(&url)
        .attribute_names(aws_sdk_sqs::types::QueueAttributeName::All)
        .send()
        .await
        .map_err(|e| SeedError::aws(format!("read queue {name}"), e))?;
    Ok(Some(out.attributes.unwrap_or_default().into_iter().map(|(k, v)| (k.as_str().to_string(), v)).collect()))
}

async fn plan_s3(c: &AwsClients, spec: &SeedSpec, mode: Mode) -> Result<Vec<Change>, SeedError> {
    let live = c.s3.list_buckets().send().await.map_err(|e| SeedError::aws("list buckets", e))?;
    let buckets: Vec<String> = live.buckets.unwrap_or_default().into_iter().filter_map(|b| b.name).collect();
    let objects =
        bounded(spec.buckets.iter().map(|b| bucket_listing(c, buckets.contains(&b.name), &b.name).boxed()).collect())
            .await?;
    Ok(aws_diff::s3(spec, &LiveS3 { buckets, objects }, mode))
}

async fn list_secret_names(c: &AwsClients) -> Result<Vec<String>, SeedError> {
    let mut names = Vec::new();
    let mut pages = c.secrets.list_secrets().into_paginator().send();
    while let Some(page) = pages.next().await {
        let page = page.map_err(|e| SeedError::aws("list secrets", e))?;
        names.extend(page.secret_list.unwrap_or_default().into_iter().filter_map(|s| s.name));
    }
    Ok(names)
}

async fn plan_secrets(c: &AwsClients, spec: &SeedSpec, mode: Mode) -> Result<Vec<Change>, SeedError> {
    let names = list_secret_names(c).await?;
    let values =
        bounded(spec.secrets.iter().map(|s| secret_value(c, names.contains(&s.name), &s.name).boxed()).collect())
            .await?;
    Ok(aws_diff::secrets(spec, &LiveSecrets { names, values }, mode))
}

async fn plan_sqs(c: &AwsClients, spec: &SeedSpec, mode: Mode) -> Result<Vec<Change>, SeedError> {
    let urls =
        c.sqs.list_queues().send().await.map_err(|e| SeedError::aws("list queues", e))?.queue_urls.unwrap_or_default();
    let urls: BTreeMap<String, String> = urls.iter().map(|u| (queue_name(u), u.clone())).collect();
    let attributes =
        bounded(spec.queues.iter().map(|q| queue_attributes(c, urls.get(&q.name).cloned(), &q.name).boxed()).collect())
            .await?;
    Ok(aws_diff::sqs(spec, &LiveQueues { urls, attributes }, mode, (&c.region, &c.account)))
}

/// Runs `ops` with bounded concurrency, reporting each one done.
async fn run_all<F, Fut>(ops: Vec<Op>, progress: &(dyn Fn() + Sync), f: F) -> Result<(), SeedError>
where
    F: Fn(Op) -> Fut,
    Fut: std::future::Future<Output = Result<(), SeedError>>,
{
    stream::iter(ops.into_iter().map(f))
        .buffer_unordered(PARALLEL)
        .try_for_each(|()| async {
            progress();
            Ok(())
        })
        .await
}

pub async fn apply_s3(
    c: &AwsClients,
    spec: &SeedSpec,
    ops: Vec<Op>,
    progress: &(dyn Fn() + Sync),
) -> Result<(), SeedError> {
    let (first, rest): (Vec<Op>, Vec<Op>) =
        ops.into_iter().partition(|op| matches!(op, Op::CreateBucket(_) | Op::DeleteBucket(_)));
    run_all(first, progress, |op| async move {
        match op {
            Op::CreateBucket(i) => create_bucket(c, spec, i).await,
            Op::DeleteBucket(name) => delete_bucket(c, &name).await,
            _ => Ok(()),
        }
    })
    .await?;
    run_all(rest, progress, |op| async move {
        match op {
            Op::PutObject { bucket, object } => {
                let b = &spec.buckets[bucket];
                let o = &b.objects[object];
                // Streamed from disk: a large object is never held in memory.
                let body = ByteStream::from_path(&o.path).await.map_err(|e| SeedError::File {
                    context: format!("read {}", o.path.display()),
                    source: std::io::Error::other(e),
                })?;
                c.s3.put_object()
                    .bucket(&b.name)
                    .key(&o.key)
                    .content_type(&o.content_type)
                    .body(body)
                    .send()
                    .await
                    .map_err(|e| SeedError::aws(format!("upload {}/{}", b.name, o.key), e))?;
                Ok(())
            }
            Op::DeleteObject { bucket, key } => {
                c.s3.delete_object()
                    .bucket(&bucket)
                    .key(&key)
                    .send()
                    .await
                    .map_err(|e| SeedError::aws(format!("delete {bucket}/{key}"), e))?;
                Ok(())
            }
            _ => Ok(()),
        }
    })
    .await
}

async fn create_bucket(c: &AwsClients, spec: &SeedSpec, i: usize) -> Result<(), SeedError> {
    let b = &spec.buckets[i];
    let mut req = c.s3.create_bucket().bucket(&b.name);
    if c.region != "us-east-1" {
        let constraint = aws_sdk_s3::types::BucketLocationConstraint::from(c.region.as_str());
        req = req.create_bucket_configuration(
            aws_sdk_s3::types::CreateBucketConfiguration::builder().location_constraint(constraint).build(),
        );
    }
    req.send().await.map_err(|e| SeedError::aws(format!("create bucket {}", b.name), e))?;
    if b.versioning {
        let cfg = aws_sdk_s3::types::VersioningConfiguration::builder()
            .status(aws_sdk_s3::types::BucketVersioningStatus::Enabled)
            .build();
        c.s3.put_bucket_versioning()
            .bucket(&b.name)
            .versioning_configuration(cfg)
            .send()
            .await
            .map_err(|e| SeedError::aws(format!("enable versioning on {}", b.name), e))?;
    }
    if !b.tags.is_empty() {
        let tags: Result<Vec<_>, _> =
            b.tags.iter().map(|(k, v)| aws_sdk_s3::types::Tag::builder().key(k).value(v).build()).collect();
        let tagging = aws_sdk_s3::types::Tagging::builder().set_tag_set(tags.ok()).build().map_err(SeedError::data)?;
        c.s3.put_bucket_tagging()
            .bucket(&b.name)
            .tagging(tagging)
            .send()
            .await
            .map_err(|e| SeedError::aws(format!("tag bucket {}", b.name), e))?;
    }
    if !b.cors.is_empty() {
        let rules: Result<Vec<_>, _> = b
            .cors
            .iter()
            .map(|r| {
                aws_sdk_s3::types::CorsRule::builder()
                    .set_allowed_origins(Some(r.allowed_origins.clone()))
                    .set_allowed_methods(Some(r.allowed_methods.clone()))
                    .set_allowed_headers(Some(r.allowed_headers.clone()))
                    .set_max_age_seconds(r.max_age_seconds)
                    .build()
            })
            .collect();
        let cfg = aws_sdk_s3::types::CorsConfiguration::builder()
            .set_cors_rules(rules.ok())
            .build()
            .map_err(SeedError::data)?;
        c.s3.put_bucket_cors()
            .bucket(&b.name)
            .cors_configuration(cfg)
            .send()
            .await
            .map_err(|e| SeedError::aws(format!("set CORS on {}", b.name), e))?;
    }
    Ok(())
}

async fn delete_bucket(c: &AwsClients, name: &str) -> Result<(), SeedError> {
    let (mut key_marker, mut version_marker) = (None, None);
    loop {
        let page =
            c.s3.list_object_versions()
                .bucket(name)
                .set_key_marker(key_marker.take())
                .set_version_id_marker(version_marker.take())
                .send()
                .await
                .map_err(|e| SeedError::aws(format!("list objects of {name}"), e))?;
        let mut ids: Vec<aws_sdk_s3::types::ObjectIdentifier> = Vec::new();
        let versions = page.versions.clone().unwrap_or_default().into_iter().map(|v| (v.key, v.version_id));
        let markers = page.delete_markers.clone().unwrap_or_default().into_iter().map(|m| (m.key, m.version_id));
        for (key, version) in versions.chain(markers) {
            if let Ok(id) = aws_sdk_s3::types::ObjectIdentifier::builder().set_key(key).set_version_id(version).build()
            {
                ids.push(id);
            }
        }
        for chunk in ids.chunks(1000) {
            let del = aws_sdk_s3::types::Delete::builder()
                .set_objects(Some(chunk.to_vec()))
                .quiet(true)
                .build()
                .map_err(SeedError::data)?;
            c.s3.delete_objects()
                .bucket(name)
                .delete(del)
                .send()
                .await
                .map_err(|e| SeedError::aws(format!("empty bucket {name}"), e))?;
        }
        if page.is_truncated != Some(true) {
            break;
        }
        key_marker = page.next_key_marker;
        version_marker = page.next_version_id_marker;
    }
    c.s3.delete_bucket().bucket(name).send().await.map_err(|e| SeedError::aws(format!("delete bucket {name}"), e))?;
    Ok(())
}

pub async fn apply_secrets(
    c: &AwsClients,
    spec: &SeedSpec,
    ops: Vec<Op>,
    progress: &(dyn Fn() + Sync),
) -> Result<(), SeedError> {
    run_all(ops, progress, |op| async move {
        match op {
            Op::CreateSecret(i) => {
                let s = &spec.secrets[i];
                let mut req = c.secrets.create_secret().name(&s.name).set_description(s.description.clone());
                req = match &s.value {
                    SecretValue::Text(t) => req.secret_string(t),
                    SecretValue::Binary(b) => req.secret_binary(Blob::new(b.clone())),
                };
                for (k, v) in &s.tags {
                    req = req.tags(aws_sdk_secretsmanager::types::Tag::builder().key(k).value(v).build());
                }
                req.send().await.map_err(|e| SeedError::aws(format!("create secret {}", s.name), e))?;
            }
            Op::PutSecret(i) => {
                let s = &spec.secrets[i];
                let req = c.secrets.put_secret_value().secret_id(&s.name);
                let req = match &s.value {
                    SecretValue::Text(t) => req.secret_string(t),
                    SecretValue::Binary(b) => req.secret_binary(Blob::new(b.clone())),
                };
                req.send().await.map_err(|e| SeedError::aws(format!("update secret {}", s.name), e))?;
            }
            Op::DeleteSecret(name) => {
                c.secrets
                    .delete_secret()
                    .secret_id(&name)
                    .force_delete_without_recovery(true)
                    .send()
                    .await
                    .map_err(|e| SeedError::aws(format!("delete secret {name}"), e))?;
            }
            _ => {}
        }
        Ok(())
    })
    .await
}

async fn create_queue(c: &AwsClients, spec: &SeedSpec, i: usize) -> Result<String, SeedError> {
    let q = &spec.queues[i];
    let mut req = c.sqs.create_queue().queue_name(&q.name);
    for (k, v) in &q.attributes {
        req = req.attributes(aws_sdk_sqs::types::QueueAttributeName::from(k.as_str()), v);
    }
    if let Some((target, count)) = &q.dead_letter {
        req = req.attributes(aws_sdk_sqs::types::QueueAttributeName::RedrivePolicy, redrive(c, target, *count));
    }
    let out = req.send().await.map_err(|e| SeedError::aws(format!("create queue {}", q.name), e))?;
    Ok(out.queue_url.unwrap_or_default())
}

async fn load_messages(c: &AwsClients, spec: &SeedSpec, i: usize, url: &str) -> Result<(), SeedError> {
    let q = &spec.queues[i];
    for (n, m) in q.messages.iter().enumerate() {
        let mut req = c.sqs.send_message().queue_url(url).message_body(&m.body);
        if q.fifo {
            req = req
                .set_message_group_id(m.group_id.clone())
                .message_deduplication_id(format!("berth-{n}-{}", m.body.len()));
        }
        req.send().await.map_err(|e| SeedError::aws(format!("send a message to {}", q.name), e))?;
    }
    Ok(())
}

pub async fn apply_sqs(
    c: &AwsClients,
    spec: &SeedSpec,
    ops: Vec<Op>,
    progress: &(dyn Fn() + Sync),
) -> Result<(), SeedError> {
    // Dead-letter targets come first in the spec, and creates run in that order.
    let (creates, rest): (Vec<Op>, Vec<Op>) = ops.into_iter().partition(|op| matches!(op, Op::CreateQueue(_)));
    for op in creates {
        if let Op::CreateQueue(i) = op {
            let url = create_queue(c, spec, i).await?;
            load_messages(c, spec, i, &url).await?;
            progress();
        }
    }
    run_all(rest, progress, |op| async move {
        match op {
            Op::SetQueueAttributes { queue, url } => {
                let q = &spec.queues[queue];
                let mut req = c.sqs.set_queue_attributes().queue_url(&url);
                for (k, v) in q.attributes.iter().filter(|(k, _)| k.as_str() != "FifoQueue") {
                    req = req.attributes(aws_sdk_sqs::types::QueueAttributeName::from(k.as_str()), v);
                }
                let policy = q.dead_letter.as_ref().map(|(t, n)| redrive(c, t, *n)).unwrap_or_default();
                req = req.attributes(aws_sdk_sqs::types::QueueAttributeName::RedrivePolicy, policy);
                req.send().await.map_err(|e| SeedError::aws(format!("update queue {}", q.name), e))?;
            }
            Op::RefillQueue { queue, url } => {
                let purged = c.sqs.purge_queue().queue_url(&url).send().await;
                let url =
                    match purged {
                        Ok(_) => url,
                        // A purge within 60 s of the last one is refused: start the queue afresh instead.
                        Err(_) => {
                            c.sqs.delete_queue().queue_url(&url).send().await.map_err(|e| {
                                SeedError::aws(format!("recreate queue {}", spec.queues[queue].name), e)
                            })?;
                            create_queue(c, spec, queue).await?
                        }
                    };
                load_messages(c, spec, queue, &url).await?;
            }
            Op::DeleteQueue(url) => {
                c.sqs
                    .delete_queue()
                    .queue_url(&url)
                    .send()
                    .await
                    .map_err(|e| SeedError::aws(format!("delete queue {}", queue_name(&url)), e))?;
            }
            _ => {}
        }
        Ok(())
    })
    .await
}

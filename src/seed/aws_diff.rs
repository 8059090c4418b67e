//! The diff of S3, Secrets Manager and SQS fixtures against what the sandbox holds. Pure:
//! `aws` reads the live state into the plain data here and carries out the changes.

use std::collections::{BTreeMap, HashMap};

use super::aws_names::queue_arn;
use super::plan::{Action, Change, Kind, Op};
use super::spec::{SecretValue, SeedSpec};
use super::Mode;

/// The sandbox's buckets, and for each bucket of the fixtures its objects (key → ETag), or
/// None when the bucket is missing.
pub struct LiveS3 {
    pub buckets: Vec<String>,
    pub objects: Vec<Option<HashMap<String, String>>>,
}

/// The sandbox's secret names, and for each secret of the fixtures its value, if it exists.
pub struct LiveSecrets {
    pub names: Vec<String>,
    pub values: Vec<Option<SecretValue>>,
}

/// The sandbox's queues (name → URL), and for each queue of the fixtures its attributes, if
/// it exists.
pub struct LiveQueues {
    pub urls: BTreeMap<String, String>,
    pub attributes: Vec<Option<HashMap<String, String>>>,
}

/// S3: buckets and objects to create, objects whose content differs (by MD5), and with
/// `Reset` what the fixtures do not hold.
pub fn s3(spec: &SeedSpec, live: &LiveS3, mode: Mode) -> Vec<Change> {
    let mut changes = Vec::new();
    for (bi, (bucket, listing)) in spec.buckets.iter().zip(&live.objects).enumerate() {
        let Some(objects) = listing else {
            changes.push(Change::new(
                Kind::S3,
                Action::Create,
                format!("bucket {}", bucket.name),
                Op::CreateBucket(bi),
            ));
            for (oi, o) in bucket.objects.iter().enumerate() {
                changes.push(Change::new(
                    Kind::S3,
                    Action::Create,
                    format!("{}/{}", bucket.name, o.key),
                    Op::PutObject { bucket: bi, object: oi },
                ));
            }
            continue;
        };
        changes.push(Change::new(Kind::S3, Action::Unchanged, format!("bucket {}", bucket.name), Op::None));
        for (oi, o) in bucket.objects.iter().enumerate() {
            let target = format!("{}/{}", bucket.name, o.key);
            let (action, op) = match objects.get(&o.key) {
                None => (Action::Create, Op::PutObject { bucket: bi, object: oi }),
                Some(etag) if *etag != o.md5 => (Action::Update, Op::PutObject { bucket: bi, object: oi }),
                Some(_) => (Action::Unchanged, Op::None),
            };
            changes.push(Change::new(Kind::S3, action, target, op));
        }
        if mode == Mode::Reset {
            let mut extra: Vec<&String> =
                objects.keys().filter(|k| !bucket.objects.iter().any(|o| &o.key == *k)).collect();
            extra.sort();
            for key in extra {
                changes.push(Change::new(
                    Kind::S3,
                    Action::Delete,
                    format!("{}/{key}", bucket.name),
                    Op::DeleteObject { bucket: bucket.name.clone(), key: key.clone() },
                ));
            }
        }
    }
    if mode == Mode::Reset {
        for name in live.buckets.iter().filter(|n| !spec.buckets.iter().any(|b| &b.name == *n)) {
            changes.push(
                Change::new(Kind::S3, Action::Delete, format!("bucket {name}"), Op::DeleteBucket(name.clone()))
                    .detail("with its objects"),
            );
        }
    }
    changes
}

/// Secrets Manager: secrets to create, values that differ, and with `Reset` secrets the
/// fixtures do not hold.
pub fn secrets(spec: &SeedSpec, live: &LiveSecrets, mode: Mode) -> Vec<Change> {
    let mut changes = Vec::new();
    for (i, (secret, live_value)) in spec.secrets.iter().zip(&live.values).enumerate() {
        let (action, op) = match live_value {
            None => (Action::Create, Op::CreateSecret(i)),
            Some(v) if *v != secret.value => (Action::Update, Op::PutSecret(i)),
            Some(_) => (Action::Unchanged, Op::None),
        };
        changes.push(Change::new(Kind::Secrets, action, secret.name.clone(), op));
    }
    if mode == Mode::Reset {
        for name in live.names.iter().filter(|n| !spec.secrets.iter().any(|s| &s.name == *n)) {
            changes.push(Change::new(Kind::Secrets, Action::Delete, name.clone(), Op::DeleteSecret(name.clone())));
        }
    }
    changes
}

/// SQS: queues to create, attributes (and the redrive policy) that differ, with `Reset` the
/// messages refilled and queues the fixtures do not hold deleted.
pub fn sqs(spec: &SeedSpec, live: &LiveQueues, mode: Mode, (region, account): (&str, &str)) -> Vec<Change> {
    let by_name = &live.urls;
    let mut changes = Vec::new();
    for (i, (q, live)) in spec.queues.iter().zip(&live.attributes).enumerate() {
        let Some(live) = live else {
            changes.push(Change::new(Kind::Sqs, Action::Create, q.name.clone(), Op::CreateQueue(i)));
            continue;
        };
        let url = by_name.get(&q.name).cloned().unwrap_or_default();
        let mut differs: Vec<String> = q
            .attributes
            .iter()
            .filter(|(k, v)| k.as_str() != "FifoQueue" && live.get(*k) != Some(v))
            .map(|(k, _)| k.clone())
            .collect();
        let wanted_redrive = q.dead_letter.as_ref().map(
            |(t, n)| serde_json::json!({"deadLetterTargetArn": queue_arn(region, account, t), "maxReceiveCount": n}),
        );
        let live_redrive =
            live.get("RedrivePolicy").and_then(|p| serde_json::from_str::<serde_json::Value>(p).ok()).map(|mut v| {
                // LocalStack may answer the count as a string.
                if let Some(n) = v.get("maxReceiveCount").and_then(|n| n.as_str()).and_then(|s| s.parse::<u64>().ok()) {
                    v["maxReceiveCount"] = n.into();
                }
                v
            });
        if wanted_redrive != live_redrive {
            differs.push("RedrivePolicy".into());
        }
        let waiting: u64 = [
            "ApproximateNumberOfMessages",
            "ApproximateNumberOfMessagesNotVisible",
            "ApproximateNumberOfMessagesDelayed",
        ]
        .iter()
        .filter_map(|k| live.get(*k).and_then(|v| v.parse::<u64>().ok()))
        .sum();
        if !differs.is_empty() {
            changes.push(
                Change::new(
                    Kind::Sqs,
                    Action::Update,
                    q.name.clone(),
                    Op::SetQueueAttributes { queue: i, url: url.clone() },
                )
                .detail(differs.join(", ")),
            );
        }
        if mode == Mode::Reset && (waiting > 0 || !q.messages.is_empty()) {
            changes.push(
                Change::new(
                    Kind::Sqs,
                    Action::Update,
                    format!("{} messages", q.name),
                    Op::RefillQueue { queue: i, url },
                )
                .detail(format!("purge {waiting}, load {}", q.messages.len())),
            );
        } else if differs.is_empty() {
            changes.push(Change::new(Kind::Sqs, Action::Unchanged, q.name.clone(), Op::None));
        }
    }
    if mode == Mode::Reset {
        for (name, url) in by_name.iter().filter(|(n, _)| !spec.queues.iter().any(|q| &q.name == *n)) {
            changes.push(Change::new(Kind::Sqs, Action::Delete, name.clone(), Op::DeleteQueue(url.clone())));
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::seed::spec::{Bucket, Message, Object, Queue, Secret};

    /// Each change as `action target [detail]`, in plan order.
    fn lines(changes: &[Change]) -> Vec<String> {
        changes
            .iter()
            .map(|c| {
                let detail = c.detail.as_deref().map(|d| format!(" [{d}]")).unwrap_or_default();
                format!("{:?} {}{detail}", c.action, c.target)
            })
            .collect()
    }

    fn object(key: &str, md5: &str) -> Object {
        Object {
            key: key.into(),
            path: PathBuf::from(key),
            size: 1,
            md5: md5.into(),
            content_type: "text/plain".into(),
        }
    }

    fn listing(pairs: &[(&str, &str)]) -> Option<HashMap<String, String>> {
        Some(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    fn buckets() -> SeedSpec {
        SeedSpec {
            buckets: vec![
                Bucket {
                    name: "uploads".into(),
                    objects: vec![object("a.txt", "aaa"), object("b.txt", "bbb"), object("c.txt", "ccc")],
                    ..Bucket::default()
                },
                Bucket { name: "exports".into(), objects: vec![object("x.csv", "xxx")], ..Bucket::default() },
            ],
            ..SeedSpec::default()
        }
    }

    #[test]
    fn s3_creates_what_is_missing_and_rewrites_what_differs_by_md5() {
        let live = LiveS3 {
            buckets: vec!["uploads".into(), "stray".into()],
            objects: vec![listing(&[("a.txt", "aaa"), ("b.txt", "old"), ("extra.txt", "eee")]), None],
        };
        assert_eq!(
            lines(&s3(&buckets(), &live, Mode::Seed)),
            [
                "Unchanged bucket uploads",
                "Unchanged uploads/a.txt",
                "Update uploads/b.txt",
                "Create uploads/c.txt",
                "Create bucket exports",
                "Create exports/x.csv",
            ]
        );
        let reset = s3(&buckets(), &live, Mode::Reset);
        let deletes: Vec<String> = lines(&reset).into_iter().filter(|l| l.starts_with("Delete")).collect();
        assert_eq!(deletes, ["Delete uploads/extra.txt", "Delete bucket stray [with its objects]"]);
        assert!(reset.iter().any(|c| c.op == Op::DeleteBucket("stray".into())));
    }

    #[test]
    fn secrets_compare_values_and_reset_removes_strangers() {
        let spec = SeedSpec {
            secrets: ["db", "jwt", "new"]
                .iter()
                .map(|n| Secret {
                    name: format!("/app/{n}"),
                    value: SecretValue::Text(format!("{n}-value")),
                    description: None,
                    tags: Default::default(),
                })
                .collect(),
            ..SeedSpec::default()
        };
        let live = LiveSecrets {
            names: vec!["/app/db".into(), "/app/jwt".into(), "/app/old".into()],
            values: vec![Some(SecretValue::Text("db-value".into())), Some(SecretValue::Text("changed".into())), None],
        };
        assert_eq!(
            lines(&secrets(&spec, &live, Mode::Seed)),
            ["Unchanged /app/db", "Update /app/jwt", "Create /app/new"]
        );
        assert_eq!(lines(&secrets(&spec, &live, Mode::Reset)).last().map(String::as_str), Some("Delete /app/old"));
    }

    fn queue(name: &str, visibility: &str, dead_letter: Option<(&str, u32)>, messages: usize) -> Queue {
        Queue {
            name: name.into(),
            attributes: [("VisibilityTimeout".to_string(), visibility.to_string())].into_iter().collect(),
            dead_letter: dead_letter.map(|(t, n)| (t.to_string(), n)),
            messages: (0..messages).map(|i| Message { body: format!("m{i}"), group_id: None }).collect(),
            ..Queue::default()
        }
    }

    fn attributes(pairs: &[(&str, &str)]) -> Option<HashMap<String, String>> {
        listing(pairs)
    }

    #[test]
    fn sqs_compares_attributes_and_the_redrive_policy_and_reset_refills() {
        let spec = SeedSpec {
            queues: vec![
                queue("orders", "30", Some(("orders-dlq", 3)), 1),
                queue("orders-dlq", "30", None, 0),
                queue("emails", "60", None, 0),
            ],
            ..SeedSpec::default()
        };
        let arn = queue_arn("us-east-1", "000000000000", "orders-dlq");
        // LocalStack answers the count as a string: still the same policy.
        let redrive = format!("{{\"deadLetterTargetArn\": \"{arn}\", \"maxReceiveCount\": \"3\"}}");
        let urls =
            ["orders", "orders-dlq", "legacy"].iter().map(|n| (n.to_string(), format!("http://q/{n}"))).collect();
        let live = LiveQueues {
            urls,
            attributes: vec![
                attributes(&[
                    ("VisibilityTimeout", "30"),
                    ("RedrivePolicy", &redrive),
                    ("ApproximateNumberOfMessages", "4"),
                ]),
                attributes(&[("VisibilityTimeout", "45")]),
                None,
            ],
        };
        assert_eq!(
            lines(&sqs(&spec, &live, Mode::Seed, ("us-east-1", "000000000000"))),
            ["Unchanged orders", "Update orders-dlq [VisibilityTimeout]", "Create emails"]
        );
        assert_eq!(
            lines(&sqs(&spec, &live, Mode::Reset, ("us-east-1", "000000000000"))),
            [
                "Update orders messages [purge 4, load 1]",
                "Update orders-dlq [VisibilityTimeout]",
                "Create emails",
                "Delete legacy",
            ]
        );
        let other_region = sqs(&spec, &live, Mode::Seed, ("eu-west-1", "000000000000"));
        assert_eq!(lines(&other_region)[0], "Update orders [RedrivePolicy]", "the policy names the region's ARN");
    }
}

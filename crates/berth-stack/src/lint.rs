//! Settings of an AWS emulator service that cannot work as written: LocalStack variables that
//! are gone, a volume where LocalStack clears its folder at boot, services the image does not
//! offer, images that need a token nobody set, floating tags. Each rule is a row of a table;
//! one evaluator reads them all. Pure: the loader turns findings into located warnings.

use super::diagnostic::Pos;
use super::model::{Emulator, Service};
use super::yaml::Node;

/// A finding: where, what is wrong, what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub pos: Pos,
    pub message: String,
    pub fix: String,
}

/// What a rule looks at.
enum Subject {
    /// Variables LocalStack no longer reads ([`GONE_VARIABLES`]).
    GoneVariables,
    /// A volume mounted at this folder or below it.
    MountUnder(&'static str),
    /// `SERVICES` naming what the community image does not offer ([`COMMUNITY_SERVICES`]).
    ServicesOutsideCommunity,
    /// An image that needs an auth token, with none set.
    TokenMissing,
    /// `latest`, `stable` or no tag at all.
    FloatingTag,
    /// `SERVICES` given without this one, which berth itself needs.
    ServicesWithout(&'static str),
}

struct Rule {
    emulator: Emulator,
    subject: Subject,
    /// `{}` is replaced by what the subject found.
    message: &'static str,
    fix: &'static str,
}

const ALTERNATIVES: &str =
    "pin localstack/localstack:4.9 (runs without a token, gets no fixes), or run an open-source \
     emulator: motoserver/moto or ministackorg/ministack (berth's default stack: AWS_EMULATOR_IMAGE=…)";

const RULES: &[Rule] = &[
    Rule { emulator: Emulator::LocalStack, subject: Subject::GoneVariables, message: "{}", fix: "" },
    Rule {
        emulator: Emulator::LocalStack,
        subject: Subject::MountUnder("/tmp/localstack"),
        message: "a volume at {}: LocalStack 4.x empties /tmp/localstack at boot and fails with \
                  'OSError: [Errno 16] Device or resource busy'",
        fix: "mount it at /var/lib/localstack (LocalStack's state folder) instead",
    },
    Rule {
        emulator: Emulator::LocalStack,
        subject: Subject::ServicesOutsideCommunity,
        message: "SERVICES names {}, which the community image does not offer (LocalStack Pro only)",
        fix: "remove them from SERVICES, or run those parts elsewhere (berth runs Postgres and Redis as containers)",
    },
    Rule {
        emulator: Emulator::LocalStack,
        subject: Subject::TokenMissing,
        message: "{} needs LOCALSTACK_AUTH_TOKEN, and none is set: the container will refuse to start",
        fix: ALTERNATIVES,
    },
    Rule {
        emulator: Emulator::LocalStack,
        subject: Subject::FloatingTag,
        message: "{} is a floating tag: the emulator changes under you",
        fix: "pin a version, e.g. localstack/localstack:4.9",
    },
    Rule {
        emulator: Emulator::Moto,
        subject: Subject::FloatingTag,
        message: "{} is a floating tag: the emulator changes under you",
        fix: "pin a version, e.g. motoserver/moto:5.2.5",
    },
    Rule {
        emulator: Emulator::MiniStack,
        subject: Subject::ServicesWithout("sts"),
        message:
            "SERVICES leaves out {}, which MiniStack then refuses; berth's sandbox guard asks STS which account it is",
        fix: "add sts to SERVICES",
    },
    Rule {
        emulator: Emulator::MiniStack,
        subject: Subject::FloatingTag,
        message: "{} is a floating tag: the emulator changes under you",
        fix: "pin a version, e.g. ministackorg/ministack:1.5.33",
    },
];

/// Variables LocalStack's own deprecation list (4.9.2) names, with the version that deprecated
/// each and what to do instead; and LOCALSTACK_API_KEY, which auth tokens replaced.
pub const GONE_VARIABLES: &[(&str, &str, &str)] = &[
    ("USE_SSL", "0.11.3", "remove it: HTTP and HTTPS are served on one port"),
    ("PORT_WEB_UI", "0.12.8", "remove it: the web UI is gone"),
    ("USE_SINGLE_REGION", "0.12.7", "remove it: every region is served"),
    ("DEFAULT_REGION", "0.12.7", "remove it: the client's region is used"),
    ("DATA_DIR", "1.0.0", "use PERSISTENCE=1 (state lives in /var/lib/localstack)"),
    ("HOST_TMP_FOLDER", "1.0.0", "remove it: see LocalStack's filesystem layout"),
    ("LEGACY_DIRECTORIES", "1.0.0", "remove it: only the new filesystem layout exists"),
    ("TMPDIR", "1.0.0", "remove it: see LocalStack's filesystem layout"),
    ("PERSISTENCE_SINGLE_FILE", "1.0.0", "remove it"),
    ("LEGACY_EDGE_PROXY", "1.0.0", "remove it"),
    ("SQS_PORT_EXTERNAL", "1.0.0", "use SQS_ENDPOINT_STRATEGY"),
    ("KINESIS_PROVIDER", "1.1.0", "remove it: one Kinesis provider is left"),
    ("LEGACY_INIT_DIR", "1.1.0", "put init scripts in /etc/localstack/init/ready.d"),
    ("INIT_SCRIPTS_PATH", "1.1.0", "put init scripts in /etc/localstack/init/ready.d"),
    ("SYNCHRONOUS_SNS_EVENTS", "1.3.0", "remove it"),
    ("SYNCHRONOUS_SQS_EVENTS", "1.3.0", "remove it"),
    ("SYNCHRONOUS_API_GATEWAY_EVENTS", "1.3.0", "remove it"),
    ("SYNCHRONOUS_KINESIS_EVENTS", "1.3.0", "remove it"),
    ("SYNCHRONOUS_DYNAMODB_EVENTS", "1.3.0", "remove it"),
    ("SKIP_INFRA_DOWNLOADS", "1.3.0", "remove it"),
    ("MOCK_UNIMPLEMENTED", "1.3.0", "remove it"),
    ("EDGE_FORWARD_URL", "1.4.0", "remove it"),
    ("KMS_PROVIDER", "1.4.0", "remove it: one KMS provider is left"),
    ("KINESIS_INITIALIZE_STREAMS", "1.4.0", "create streams in an init script"),
    ("HOSTNAME_EXTERNAL", "2.0.0", "use LOCALSTACK_HOST"),
    ("LOCALSTACK_HOSTNAME", "2.0.0", "use LOCALSTACK_HOST"),
    ("EDGE_BIND_HOST", "2.0.0", "use GATEWAY_LISTEN"),
    ("EDGE_PORT", "2.0.0", "use GATEWAY_LISTEN"),
    ("EDGE_PORT_HTTP", "2.0.0", "use GATEWAY_LISTEN"),
    ("LAMBDA_EXECUTOR", "2.0.0", "remove it: Lambda always runs in Docker containers"),
    ("LAMBDA_STAY_OPEN_MODE", "2.0.0", "remove it"),
    ("LAMBDA_REMOTE_DOCKER", "2.0.0", "remove it"),
    ("LAMBDA_CODE_EXTRACT_TIME", "2.0.0", "remove it"),
    ("LAMBDA_CONTAINER_REGISTRY", "2.0.0", "use LAMBDA_RUNTIME_IMAGE_MAPPING"),
    ("LAMBDA_FALLBACK_URL", "2.0.0", "remove it"),
    ("LAMBDA_FORWARD_URL", "2.0.0", "remove it"),
    ("LAMBDA_XRAY_INIT", "2.0.0", "remove it"),
    ("ES_CUSTOM_BACKEND", "0.14.0", "use OPENSEARCH_CUSTOM_BACKEND"),
    ("ES_MULTI_CLUSTER", "0.14.0", "use OPENSEARCH_MULTI_CLUSTER"),
    ("ES_ENDPOINT_STRATEGY", "0.14.0", "use OPENSEARCH_ENDPOINT_STRATEGY"),
    ("PERSIST_ALL", "2.3.2", "remove it"),
    ("PROVIDER_OVERRIDE_LAMBDA", "3.0.0", "remove it: one Lambda provider is left"),
    ("DNS_LOCAL_NAME_PATTERNS", "3.0.0", "use DNS_NAME_PATTERNS_TO_RESOLVE_UPSTREAM"),
    ("LAMBDA_EVENTS_INTERNAL_SQS", "4.0.0", "remove it"),
    ("LAMBDA_EVENT_SOURCE_MAPPING", "4.0.0", "remove it"),
    ("LAMBDA_SQS_EVENT_SOURCE_MAPPING_INTERVAL_SEC", "4.0.0", "remove it"),
    ("PROVIDER_OVERRIDE_STEPFUNCTIONS", "4.0.0", "remove it"),
    ("STEPFUNCTIONS_LAMBDA_ENDPOINT", "4.0.0", "remove it"),
    ("LOCAL_PORT_STEPFUNCTIONS", "4.0.0", "remove it"),
    ("EVENT_RULE_ENGINE", "4.0.3", "remove it"),
    ("LOCALSTACK_API_KEY", "3.0.0", "LocalStack 3 replaced API keys with auth tokens: set LOCALSTACK_AUTH_TOKEN"),
];

/// The services LocalStack 4.9.2's community image provides.
pub const COMMUNITY_SERVICES: &[&str] = &[
    "acm",
    "apigateway",
    "cloudformation",
    "cloudwatch",
    "config",
    "dynamodb",
    "dynamodbstreams",
    "ec2",
    "es",
    "events",
    "firehose",
    "iam",
    "kinesis",
    "kms",
    "lambda",
    "logs",
    "opensearch",
    "redshift",
    "resource-groups",
    "resourcegroupstaggingapi",
    "route53",
    "route53resolver",
    "s3",
    "s3control",
    "scheduler",
    "secretsmanager",
    "ses",
    "sns",
    "sqs",
    "ssm",
    "stepfunctions",
    "sts",
    "support",
    "swf",
    "transcribe",
];

/// True for a warning this lint made (doctor lists them as findings of their own).
pub fn is_emulator_finding(d: &super::diagnostic::Diagnostic) -> bool {
    Emulator::ALL.iter().any(|e| d.message.starts_with(&format!("{}: ", e.title())))
}

/// The findings for one service; `node` is its map in the stack file, for positions.
pub fn emulator_findings(svc: &Service, node: &Node) -> Vec<Finding> {
    let Some(emulator) = svc.emulator else { return Vec::new() };
    RULES
        .iter()
        .filter(|r| r.emulator == emulator)
        .flat_map(|rule| {
            evaluate(&rule.subject, svc, node).into_iter().map(move |(pos, found, fix)| Finding {
                pos,
                message: format!("{}: {}", emulator.title(), rule.message.replace("{}", &found)),
                fix: fix.unwrap_or(rule.fix).to_string(),
            })
        })
        .collect()
}

/// What the subject finds: (where, what, a fix of its own where the row has none).
fn evaluate(subject: &Subject, svc: &Service, node: &Node) -> Vec<(Pos, String, Option<&'static str>)> {
    let image = svc.image.as_deref().unwrap_or_default();
    let image_pos = node.get("image").map_or(svc.pos, |n| n.pos);
    let (repo, tag) = split_image(image);
    match subject {
        Subject::GoneVariables => GONE_VARIABLES
            .iter()
            .filter(|(name, since, _)| set(svc, name) && !older_than(tag, since))
            .map(|(name, since, fix)| {
                (
                    env_pos(node, name).unwrap_or(svc.pos),
                    format!("{name} is deprecated since LocalStack {since}"),
                    Some(*fix),
                )
            })
            .collect(),
        Subject::MountUnder(folder) => volume_items(node)
            .into_iter()
            .filter(|(_, target)| target == folder || target.starts_with(&format!("{folder}/")))
            .map(|(pos, target)| (pos, target, None))
            .collect(),
        Subject::ServicesOutsideCommunity => {
            if repo.ends_with("localstack-pro") {
                return Vec::new();
            }
            let Some(list) = svc.environment.get("SERVICES") else { return Vec::new() };
            let missing: Vec<&str> =
                list.split(',').map(str::trim).filter(|s| !s.is_empty() && !COMMUNITY_SERVICES.contains(s)).collect();
            if missing.is_empty() {
                return Vec::new();
            }
            vec![(env_pos(node, "SERVICES").unwrap_or(svc.pos), missing.join(", "), None)]
        }
        Subject::TokenMissing => {
            let token_set = ["LOCALSTACK_AUTH_TOKEN", "LOCALSTACK_API_KEY"]
                .iter()
                .any(|k| svc.environment.get(*k).is_some_and(|v| !v.trim().is_empty()));
            // Since March 2026 LocalStack's current images need a token; pinned older ones do not.
            let needs = repo.ends_with("localstack-pro") || is_floating(tag);
            if needs && !token_set {
                vec![(image_pos, image.to_string(), None)]
            } else {
                Vec::new()
            }
        }
        Subject::ServicesWithout(needed) => {
            let Some(list) = svc.environment.get("SERVICES") else { return Vec::new() };
            if list.split(',').any(|s| s.trim() == *needed) {
                return Vec::new();
            }
            vec![(env_pos(node, "SERVICES").unwrap_or(svc.pos), needed.to_string(), None)]
        }
        Subject::FloatingTag => {
            if is_floating(tag) {
                vec![(image_pos, image.to_string(), None)]
            } else {
                Vec::new()
            }
        }
    }
}

/// `registry:5000/org/name:tag@digest` → (`registry:5000/org/name`, tag).
fn split_image(image: &str) -> (&str, Option<&str>) {
    let image = image.split('@').next().unwrap_or(image);
    let last_slash = image.rfind('/').map_or(0, |i| i + 1);
    match image[last_slash..].rfind(':') {
        Some(i) => (&image[..last_slash + i], Some(&image[last_slash + i + 1..])),
        None => (image, None),
    }
}

fn is_floating(tag: Option<&str>) -> bool {
    matches!(tag, None | Some("latest" | "stable"))
}

/// True when the tag is a version before `since` (the variable still worked then).
fn older_than(tag: Option<&str>, since: &str) -> bool {
    let parse = |v: &str| -> Option<Vec<u32>> { v.split(['.', '-']).take(3).map(|p| p.parse().ok()).collect() };
    match (tag.and_then(parse), parse(since)) {
        (Some(have), Some(since)) => have < since[..have.len().min(since.len())].to_vec(),
        _ => false,
    }
}

fn set(svc: &Service, name: &str) -> bool {
    svc.environment.contains_key(name) || svc.environment_unset.contains(name)
}

/// Where `name` is set in the service's `environment` (a map key or a `NAME=…` item).
fn env_pos(node: &Node, name: &str) -> Option<Pos> {
    let env = node.get("environment")?;
    if env.as_map().is_some() {
        return env.get(name).map(|_| env.key_pos(name));
    }
    env.as_seq()?.iter().find_map(|item| {
        let text = item.scalar()?;
        (text == name || text.strip_prefix(name).is_some_and(|rest| rest.starts_with('='))).then_some(item.pos)
    })
}

/// The `volumes` items with their container path.
fn volume_items(node: &Node) -> Vec<(Pos, String)> {
    let Some(items) = node.get("volumes").and_then(Node::as_seq) else { return Vec::new() };
    items
        .iter()
        .filter_map(|item| {
            let target = match item.scalar() {
                Some(short) => short.split(':').nth(1).unwrap_or(short).to_string(),
                None => item.get("target")?.scalar()?.to_string(),
            };
            Some((item.pos, target.trim_end_matches('/').to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interpolate::Vars;
    use std::path::Path;

    /// The lint's warnings for a stack text, as `line:col message [fix]`.
    fn warnings(text: &str) -> Vec<String> {
        let loaded = crate::load_str(text, Path::new("compose.yaml"), Path::new("/proj"), &Vars::default())
            .unwrap_or_else(|e| panic!("{e}"));
        loaded
            .warnings
            .iter()
            .filter(|w| is_emulator_finding(w))
            .map(|w| format!("{}:{} {} [{}]", w.pos.line, w.pos.col, w.message, w.hint.as_deref().unwrap_or("")))
            .collect()
    }

    fn one(text: &str) -> String {
        let all = warnings(text);
        assert_eq!(all.len(), 1, "{all:#?}");
        all[0].clone()
    }

    #[test]
    fn a_gone_variable_is_named_at_its_line_with_its_replacement() {
        let w =
            one("services:\n  ls:\n    image: localstack/localstack:4.9\n    environment:\n      EDGE_PORT: '4566'\n");
        assert!(w.starts_with("5:7 LocalStack: EDGE_PORT is deprecated since LocalStack 2.0.0"), "{w}");
        assert!(w.contains("[use GATEWAY_LISTEN]"), "{w}");
        // In the list form the item is the place; an image older than the deprecation is left alone.
        let w = one("services:\n  ls:\n    image: localstack/localstack:4.9\n    environment: [A=1, DATA_DIR=/d]\n");
        assert!(w.starts_with("4:24 LocalStack: DATA_DIR"), "{w}");
        assert!(warnings(
            "services:\n  ls:\n    image: localstack/localstack:0.14.3\n    environment: [DATA_DIR=/d]\n"
        )
        .is_empty());
    }

    #[test]
    fn a_volume_at_tmp_localstack_is_pointed_at() {
        let w = one(
            "services:\n  ls:\n    image: localstack/localstack:4.9\n    volumes:\n      - ./data:/tmp/localstack\n",
        );
        assert!(w.starts_with("5:9 LocalStack: a volume at /tmp/localstack"), "{w}");
        assert!(w.contains("Device or resource busy") && w.contains("/var/lib/localstack"), "{w}");
        let long = "services:\n  ls:\n    image: localstack/localstack:4.9\n    volumes:\n      - {type: volume, source: d, target: /tmp/localstack/x}\nvolumes: {d: {}}\n";
        assert!(one(long).starts_with("5:9 LocalStack: a volume at /tmp/localstack/x"));
        assert!(warnings(
            "services:\n  ls:\n    image: localstack/localstack:4.9\n    volumes: ['./d:/var/lib/localstack']\n"
        )
        .is_empty());
    }

    #[test]
    fn services_outside_the_community_image_are_listed() {
        let w = one(
            "services:\n  ls:\n    image: localstack/localstack:4.9\n    environment:\n      SERVICES: s3,rds, ecs\n",
        );
        assert!(
            w.starts_with("5:7 LocalStack: SERVICES names rds, ecs, which the community image does not offer"),
            "{w}"
        );
        // The Pro image offers them.
        let pro = "services:\n  ls:\n    image: localstack/localstack-pro:4.9\n    environment: {SERVICES: rds, LOCALSTACK_AUTH_TOKEN: t}\n";
        assert!(warnings(pro).is_empty(), "{:?}", warnings(pro));
    }

    #[test]
    fn an_image_that_needs_a_token_without_one_names_the_alternatives() {
        let w = one("services:\n  ls:\n    image: localstack/localstack-pro:4.9\n");
        assert!(w.starts_with("3:12 LocalStack: localstack/localstack-pro:4.9 needs LOCALSTACK_AUTH_TOKEN"), "{w}");
        assert!(w.contains("motoserver/moto") && w.contains("ministackorg/ministack"), "{w}");
        let empty =
            "services:\n  ls:\n    image: localstack/localstack-pro:4.9\n    environment: [LOCALSTACK_AUTH_TOKEN=]\n";
        assert!(one(empty).contains("needs LOCALSTACK_AUTH_TOKEN"));
    }

    #[test]
    fn floating_tags_are_named_for_each_emulator() {
        for (image, pin) in [
            ("motoserver/moto:latest", "motoserver/moto:5.2.5"),
            ("ministackorg/ministack", "ministackorg/ministack:1.5.33"),
        ] {
            let w = one(&format!("services:\n  aws:\n    image: {image}\n"));
            assert!(w.starts_with("3:12 ") && w.contains("is a floating tag") && w.contains(pin), "{w}");
        }
        assert!(warnings("services:\n  aws:\n    image: motoserver/moto:5.2.5\n").is_empty());
    }

    #[test]
    fn ministack_without_sts_in_services_is_named() {
        let w =
            one("services:\n  aws:\n    image: ministackorg/ministack:1.5.33\n    environment: {SERVICES: 's3,sqs'}\n");
        assert!(w.starts_with("4:19 MiniStack: SERVICES leaves out sts"), "{w}");
        assert!(w.ends_with("[add sts to SERVICES]"), "{w}");
        assert!(warnings(
            "services:\n  aws:\n    image: ministackorg/ministack:1.5.33\n    environment: {SERVICES: 's3,sts'}\n"
        )
        .is_empty());
    }

    #[test]
    fn the_architecture_plans_localstack_pattern_triggers_each_of_its_warnings() {
        let plan = r#"version: "3.8"
services:
  localstack:
    image: localstack/localstack:latest
    environment:
      - SERVICES=s3,sqs,secretsmanager,rds,elasticache,ecs
      - DATA_DIR=/tmp/localstack/data
      - LAMBDA_EXECUTOR=docker
      - LOCALSTACK_API_KEY=
    volumes:
      - "./localstack:/tmp/localstack"
"#;
        let all = warnings(plan);
        let expect = [
            "7:9 LocalStack: DATA_DIR is deprecated",
            "8:9 LocalStack: LAMBDA_EXECUTOR is deprecated",
            "9:9 LocalStack: LOCALSTACK_API_KEY is deprecated",
            "11:9 LocalStack: a volume at /tmp/localstack",
            "6:9 LocalStack: SERVICES names rds, elasticache, ecs",
            "4:12 LocalStack: localstack/localstack:latest needs LOCALSTACK_AUTH_TOKEN",
            "4:12 LocalStack: localstack/localstack:latest is a floating tag",
        ];
        for e in expect {
            assert!(all.iter().any(|w| w.starts_with(e)), "missing {e:?} in {all:#?}");
        }
        assert_eq!(all.len(), expect.len(), "{all:#?}");
    }

    #[test]
    fn images_split_into_repository_and_tag() {
        assert_eq!(split_image("localstack/localstack:4.9"), ("localstack/localstack", Some("4.9")));
        assert_eq!(split_image("127.0.0.1:5000/ls/localstack"), ("127.0.0.1:5000/ls/localstack", None));
        assert_eq!(split_image("motoserver/moto:latest@sha256:ab"), ("motoserver/moto", Some("latest")));
    }

    #[test]
    fn a_variable_is_gone_only_from_the_version_that_dropped_it() {
        assert!(older_than(Some("0.14.2"), "1.0.0"));
        assert!(!older_than(Some("4.9"), "1.0.0"));
        assert!(!older_than(Some("2.0"), "2.0.0"));
        assert!(!older_than(Some("latest"), "2.0.0"));
        assert!(!older_than(None, "2.0.0"));
    }
}

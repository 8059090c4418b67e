//! The AWS emulators berth can seed, probe, reset and snapshot: LocalStack, moto's server and
//! MiniStack. Which one a service runs is known from its image, or said with `emulator:`
//! (`x-berth: {emulator: …}` in a compose file) for an image of one's own.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Emulator {
    LocalStack,
    Moto,
    MiniStack,
}

impl Emulator {
    pub const ALL: [Emulator; 3] = [Emulator::LocalStack, Emulator::Moto, Emulator::MiniStack];

    pub fn name(self) -> &'static str {
        match self {
            Emulator::LocalStack => "localstack",
            Emulator::Moto => "moto",
            Emulator::MiniStack => "ministack",
        }
    }

    /// How it is called in messages.
    pub fn title(self) -> &'static str {
        match self {
            Emulator::LocalStack => "LocalStack",
            Emulator::Moto => "moto",
            Emulator::MiniStack => "MiniStack",
        }
    }

    pub fn parse(name: &str) -> Option<Emulator> {
        Emulator::ALL.into_iter().find(|e| e.name() == name.to_ascii_lowercase())
    }

    /// The emulator an image runs, by its repository's last path part (`localstack/localstack-pro`,
    /// `motoserver/moto`, `ministackorg/ministack`, or a local build named the same way).
    pub fn of_image(image: &str) -> Option<Emulator> {
        let image = image.to_ascii_lowercase();
        let repo = image.split(['@']).next().unwrap_or(&image);
        let last = repo.rsplit('/').next().unwrap_or(repo);
        let name = last.split(':').next().unwrap_or(last);
        if name.starts_with("localstack") {
            Some(Emulator::LocalStack)
        } else if name == "moto" || name == "motoserver" || name.starts_with("moto-") {
            Some(Emulator::Moto)
        } else if name.starts_with("ministack") {
            Some(Emulator::MiniStack)
        } else {
            None
        }
    }

    /// The port it serves every AWS API on, unless its settings say otherwise.
    pub fn default_port(self) -> u16 {
        match self {
            Emulator::Moto => 5000,
            Emulator::LocalStack | Emulator::MiniStack => 4566,
        }
    }

    /// The port it serves on, given the container's environment (moto: `MOTO_PORT`;
    /// MiniStack: `GATEWAY_PORT`; LocalStack: the port of `GATEWAY_LISTEN`).
    pub fn port(self, env: &std::collections::BTreeMap<String, String>) -> u16 {
        let parsed = match self {
            Emulator::Moto => env.get("MOTO_PORT").and_then(|p| p.trim().parse().ok()),
            Emulator::MiniStack => env.get("GATEWAY_PORT").and_then(|p| p.trim().parse().ok()),
            Emulator::LocalStack => env
                .get("GATEWAY_LISTEN")
                .and_then(|l| l.split(',').next())
                .and_then(|first| first.rsplit(':').next())
                .and_then(|p| p.trim().parse().ok()),
        };
        parsed.unwrap_or(self.default_port())
    }

    /// The AWS account it answers for, given the container's environment: what tells its
    /// sandbox from a real account.
    pub fn account(self, env: &std::collections::BTreeMap<String, String>) -> String {
        let (variable, default) = match self {
            Emulator::LocalStack => ("", "000000000000"),
            Emulator::Moto => ("MOTO_ACCOUNT_ID", "123456789012"),
            Emulator::MiniStack => ("MINISTACK_ACCOUNT_ID", "000000000000"),
        };
        env.get(variable).filter(|a| !a.is_empty()).cloned().unwrap_or_else(|| default.to_string())
    }
}

impl Emulator {
    /// Where it says it is ready (GET, 200). LocalStack's health and init hooks are read instead.
    pub fn ready_path(self) -> Option<&'static str> {
        match self {
            Emulator::LocalStack => None,
            Emulator::Moto => Some("/moto-api/data.json"),
            Emulator::MiniStack => Some("/_ministack/ready"),
        }
    }

    /// A path only this emulator answers with 200, so an endpoint is recognised positively
    /// (MiniStack also answers LocalStack's health path, but not its info path).
    pub fn identity_path(self) -> &'static str {
        match self {
            Emulator::LocalStack => "/_localstack/info",
            Emulator::Moto => "/moto-api/data.json",
            Emulator::MiniStack => "/_ministack/health",
        }
    }

    /// Its own "forget everything" call (POST), where it has one.
    pub fn reset_path(self) -> Option<&'static str> {
        match self {
            Emulator::LocalStack => None,
            Emulator::Moto => Some("/moto-api/reset"),
            Emulator::MiniStack => Some("/_ministack/reset"),
        }
    }
}

/// A cheap read call that proves an AWS service answers: what the `aws` probe sends.
/// Emulators route by the credential scope of the Authorization header and do not check
/// signatures, so the probe sends an unsigned request with that scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadCall {
    /// The service's signing name, as `SERVICES` lists it.
    pub service: &'static str,
    pub method: &'static str,
    pub path: &'static str,
    /// `X-Amz-Target` for JSON protocols.
    pub target: Option<&'static str>,
    pub content_type: Option<&'static str>,
    pub body: &'static str,
}

const JSON_10: Option<&str> = Some("application/x-amz-json-1.0");
const JSON_11: Option<&str> = Some("application/x-amz-json-1.1");
const FORM: Option<&str> = Some("application/x-www-form-urlencoded");

pub const READ_CALLS: &[ReadCall] = &[
    ReadCall { service: "s3", method: "GET", path: "/", target: None, content_type: None, body: "" },
    ReadCall {
        service: "sqs",
        method: "POST",
        path: "/",
        target: Some("AmazonSQS.ListQueues"),
        content_type: JSON_10,
        body: "{}",
    },
    ReadCall {
        service: "secretsmanager",
        method: "POST",
        path: "/",
        target: Some("secretsmanager.ListSecrets"),
        content_type: JSON_11,
        body: "{}",
    },
    ReadCall {
        service: "sts",
        method: "POST",
        path: "/",
        target: None,
        content_type: FORM,
        body: "Action=GetCallerIdentity&Version=2011-06-15",
    },
    ReadCall {
        service: "sns",
        method: "POST",
        path: "/",
        target: None,
        content_type: FORM,
        body: "Action=ListTopics&Version=2010-03-31",
    },
    ReadCall {
        service: "dynamodb",
        method: "POST",
        path: "/",
        target: Some("DynamoDB_20120810.ListTables"),
        content_type: JSON_10,
        body: "{}",
    },
    ReadCall {
        service: "ssm",
        method: "POST",
        path: "/",
        target: Some("AmazonSSM.DescribeParameters"),
        content_type: JSON_11,
        body: "{}",
    },
    ReadCall {
        service: "kms",
        method: "POST",
        path: "/",
        target: Some("TrentService.ListKeys"),
        content_type: JSON_11,
        body: "{}",
    },
    ReadCall {
        service: "lambda",
        method: "GET",
        path: "/2015-03-31/functions/",
        target: None,
        content_type: None,
        body: "",
    },
];

/// An AWS service's signing name, accepting `secrets` for Secrets Manager as seed kinds name it.
pub fn service_name(service: &str) -> &str {
    if service == "secrets" {
        "secretsmanager"
    } else {
        service
    }
}

/// The read call for `service` (see [`service_name`]).
pub fn read_call(service: &str) -> Option<&'static ReadCall> {
    let service = service_name(service);
    READ_CALLS.iter().find(|c| c.service == service)
}

impl std::fmt::Display for Emulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.title())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    #[test]
    fn images_name_their_emulator() {
        let cases = [
            ("localstack/localstack:4.9", Some(Emulator::LocalStack)),
            ("localstack/localstack-pro:latest", Some(Emulator::LocalStack)),
            ("berth-test/localstack:1a2b", Some(Emulator::LocalStack)),
            ("motoserver/moto:5.2.5", Some(Emulator::Moto)),
            ("berth-test/moto:9f", Some(Emulator::Moto)),
            ("ministackorg/ministack", Some(Emulator::MiniStack)),
            ("127.0.0.1:5000/team/ministack:1.5", Some(Emulator::MiniStack)),
            ("postgres:16-alpine", None),
            ("motorway/app:1", None),
        ];
        for (image, expected) in cases {
            assert_eq!(Emulator::of_image(image), expected, "{image}");
        }
        assert_eq!(Emulator::parse("MOTO"), Some(Emulator::Moto));
        assert_eq!(Emulator::parse("aws"), None);
    }

    #[test]
    fn ports_and_accounts_follow_each_emulators_own_settings() {
        let env = |pairs: &[(&str, &str)]| -> BTreeMap<String, String> {
            pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
        };
        assert_eq!(Emulator::Moto.port(&env(&[])), 5000);
        assert_eq!(Emulator::Moto.port(&env(&[("MOTO_PORT", "4566")])), 4566);
        assert_eq!(Emulator::MiniStack.port(&env(&[("GATEWAY_PORT", "4600")])), 4600);
        assert_eq!(Emulator::LocalStack.port(&env(&[("GATEWAY_LISTEN", "0.0.0.0:4510,0.0.0.0:443")])), 4510);
        assert_eq!(Emulator::LocalStack.account(&env(&[])), "000000000000");
        assert_eq!(Emulator::Moto.account(&env(&[])), "123456789012");
        assert_eq!(Emulator::Moto.account(&env(&[("MOTO_ACCOUNT_ID", "111122223333")])), "111122223333");
    }
}

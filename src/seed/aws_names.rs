//! AWS's naming and range rules, checked offline so a seed folder fails at its
//! place in the file instead of half-way through an apply; and the sandbox's ARNs.

/// The account LocalStack and MiniStack answer for (moto's is its own).
pub const SANDBOX_ACCOUNT: &str = "000000000000";

/// A queue's ARN in `account`.
pub fn queue_arn(region: &str, account: &str, name: &str) -> String {
    format!("arn:aws:sqs:{region}:{account}:{name}")
}

/// Why `name` is not a valid S3 bucket name, or `None` when it is.
pub fn bucket_name_problem(name: &str) -> Option<String> {
    let why = if !(3..=63).contains(&name.len()) {
        "it must be 3 to 63 characters long"
    } else if !name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-') {
        "only lowercase letters, digits, '.' and '-' are allowed"
    } else if !name.starts_with(|c: char| c.is_ascii_alphanumeric())
        || !name.ends_with(|c: char| c.is_ascii_alphanumeric())
    {
        "it must begin and end with a letter or a digit"
    } else if name.contains("..") {
        "it must not have two dots in a row"
    } else if name.parse::<std::net::Ipv4Addr>().is_ok() {
        "it must not look like an IP address"
    } else if ["xn--", "sthree-", "amzn-s3-demo-"].iter().any(|p| name.starts_with(p)) {
        "the prefixes 'xn--', 'sthree-' and 'amzn-s3-demo-' are reserved"
    } else if ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"].iter().any(|s| name.ends_with(s)) {
        "the suffixes '-s3alias', '--ol-s3', '.mrap', '--x-s3' and '--table-s3' are reserved"
    } else {
        return None;
    };
    Some(format!("'{name}' is not a valid S3 bucket name: {why}"))
}

/// Why `name` is not a valid SQS queue name, or `None` when it is.
pub fn queue_name_problem(name: &str) -> Option<String> {
    let base = name.strip_suffix(".fifo").unwrap_or(name);
    let why = if name.is_empty() || name.len() > 80 {
        "it must be 1 to 80 characters long (with '.fifo')"
    } else if base.is_empty() || !base.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        "only letters, digits, '-' and '_' are allowed (and a '.fifo' suffix)"
    } else {
        return None;
    };
    Some(format!("'{name}' is not a valid SQS queue name: {why}"))
}

/// Why `name` is not a valid Secrets Manager secret name, or `None` when it is.
pub fn secret_name_problem(name: &str) -> Option<String> {
    let why = if name.is_empty() || name.len() > 512 {
        "it must be 1 to 512 characters long"
    } else if !name.chars().all(|c| c.is_ascii_alphanumeric() || "/_+=.@-".contains(c)) {
        "only letters, digits and / _ + = . @ - are allowed"
    } else {
        return None;
    };
    Some(format!("'{name}' is not a valid secret name: {why}"))
}

/// The values SQS accepts for a queue attribute given in sqs.yaml, by key.
pub fn queue_attribute_range(key: &str) -> Option<(u64, u64)> {
    Some(match key {
        "visibility_timeout" => (0, 43_200),
        "message_retention_period" => (60, 1_209_600),
        "delay_seconds" => (0, 900),
        "receive_wait_time_seconds" => (0, 20),
        "maximum_message_size" => (1_024, 1_048_576),
        "max_receive_count" => (1, 1_000),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_names_follow_s3s_rules() {
        for good in ["ysh-uploads", "a.b-c", "abc", "192.168.1.1x"] {
            assert_eq!(bucket_name_problem(good), None, "{good}");
        }
        for (bad, why) in [
            ("ab", "3 to 63"),
            ("Uploads", "lowercase"),
            ("-uploads", "begin and end"),
            ("uploads-", "begin and end"),
            ("a..b", "two dots"),
            ("192.168.1.1", "IP address"),
            ("xn--abc", "reserved"),
            ("data-s3alias", "reserved"),
        ] {
            let problem = bucket_name_problem(bad).unwrap_or_default();
            assert!(problem.starts_with(&format!("'{bad}' is not a valid S3 bucket name: ")), "{problem}");
            assert!(problem.contains(why), "{bad}: {problem}");
        }
    }

    #[test]
    fn queue_and_secret_names_follow_their_services_rules() {
        assert_eq!(queue_name_problem("orders"), None);
        assert_eq!(queue_name_problem("orders_v2.fifo"), None);
        assert!(queue_name_problem("my orders").unwrap().contains("only letters, digits, '-' and '_'"));
        assert!(queue_name_problem(&"q".repeat(81)).unwrap().contains("1 to 80"));
        assert!(queue_name_problem(".fifo").is_some());
        assert_eq!(secret_name_problem("/ysh-b2b/database-url"), None);
        assert!(secret_name_problem("a secret").unwrap().contains("/ _ + = . @ -"));
    }
}

//! Hides seeded secret values in anything berth prints, in the forms they travel in: as
//! they are, base64, JSON-escaped, percent-encoded; and the parts of a secret that are
//! secrets themselves (the string fields of a JSON secret, the password in a URL).

use base64::Engine as _;

use super::spec::{SecretValue, SeedSpec};

pub const MASK: &str = "••••";

#[derive(Debug, Clone, Default)]
pub struct Masker {
    /// Longest first, so a value containing another is masked whole.
    needles: Vec<String>,
}

impl Masker {
    pub fn new(values: impl IntoIterator<Item = String>) -> Masker {
        let mut needles: Vec<String> = Vec::new();
        for v in values {
            let mut parts = vec![v.clone()];
            parts.extend(json_strings(&v));
            parts.extend(url_password(&v));
            for part in parts {
                // Very short values would mask ordinary words; they are not worth hiding this way.
                if part.chars().count() < 6 {
                    continue;
                }
                needles.extend(encodings(&part));
            }
        }
        needles.sort_by_key(|n| std::cmp::Reverse(n.len()));
        needles.dedup();
        Masker { needles }
    }

    pub fn for_spec(spec: &SeedSpec) -> Masker {
        Masker::new(seeded_values(spec))
    }

    /// Everything secret a stack knows: its seeded secrets, the values of its build and run-time
    /// secrets, the variables whose names say they are secret, and passwords inside URLs.
    pub fn for_stack(stack: &crate::stack::Stack, spec: Option<&SeedSpec>) -> Masker {
        use crate::stack::SecretSource;
        let mut values: Vec<String> = spec.map(seeded_values).unwrap_or_default();
        for service in &stack.services {
            for (name, value) in &service.environment {
                if secret_variable(name) {
                    values.push(value.clone());
                } else {
                    values.extend(url_password(value));
                }
            }
            // What `berth env` hands the host: a secret-named variable's literal text.
            for (_, pieces) in service.host_env.iter().filter(|(name, _)| secret_variable(name)) {
                values.extend(pieces.iter().filter_map(|p| match p {
                    crate::stack::host_template::Piece::Text(text) => Some(text.clone()),
                    _ => None,
                }));
            }
            let build = service.build.iter().flat_map(|b| &b.secrets).map(|s| &s.source);
            let run = service.files.iter().filter(|f| f.secret).map(|f| &f.source);
            for source in build.chain(run) {
                match source {
                    SecretSource::Env { value, .. } | SecretSource::Content(value) => values.push(value.0.clone()),
                    SecretSource::File(path) => {
                        // Key files and tokens are small; a large file is not printed whole anyway.
                        if std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() <= 64 << 10) {
                            if let Ok(text) = std::fs::read_to_string(path) {
                                values.push(text.trim_end().to_string());
                            }
                        }
                    }
                    SecretSource::EnvUnset { .. } | SecretSource::External { .. } => {}
                }
            }
        }
        Masker::new(values)
    }

    pub fn is_empty(&self) -> bool {
        self.needles.is_empty()
    }

    pub fn mask(&self, line: &str) -> String {
        let mut out = line.to_string();
        for n in &self.needles {
            if out.contains(n.as_str()) {
                out = out.replace(n.as_str(), MASK);
            }
        }
        out
    }
}

/// The seeded secrets' values, a binary one as the base64 text it travels as.
fn seeded_values(spec: &SeedSpec) -> Vec<String> {
    spec.secrets
        .iter()
        .map(|s| match &s.value {
            SecretValue::Text(t) => t.clone(),
            SecretValue::Binary(b) => base64::engine::general_purpose::STANDARD.encode(b),
        })
        .collect()
}

/// A value and the forms it takes when it is embedded somewhere else.
fn encodings(value: &str) -> Vec<String> {
    use base64::engine::general_purpose::{STANDARD, URL_SAFE};
    let standard = STANDARD.encode(value.as_bytes());
    let mut out = vec![
        value.to_string(),
        standard.trim_end_matches('=').to_string(),
        URL_SAFE.encode(value.as_bytes()).trim_end_matches('=').to_string(),
        standard,
    ];
    if let Ok(quoted) = serde_json::to_string(value) {
        out.push(quoted[1..quoted.len() - 1].to_string());
    }
    out.push(percent_encode(value, false));
    out.push(percent_encode(value, true));
    out
}

fn percent_encode(value: &str, form: bool) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' if form => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The string fields of a secret that is a JSON document (`{"password": "…"}`).
fn json_strings(value: &str) -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(items) => items.iter().for_each(|i| walk(i, out)),
            serde_json::Value::Object(fields) => fields.values().for_each(|i| walk(i, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    if value.trim_start().starts_with(['{', '[']) {
        if let Ok(doc) = serde_json::from_str::<serde_json::Value>(value) {
            walk(&doc, &mut out);
        }
    }
    out
}

/// A variable whose name says its value is secret: `*_PASSWORD`, `*_TOKEN`, `*_SECRET`, `*_KEY`
/// (and the bare words), as the platform's own variables are named (`LOCALSTACK_AUTH_TOKEN`,
/// `POSTGRES_PASSWORD`, `JWT_SECRET`, `AWS_SECRET_ACCESS_KEY`).
fn secret_variable(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    ["PASSWORD", "TOKEN", "SECRET", "KEY"]
        .iter()
        .any(|word| upper == *word || upper.ends_with(&format!("_{word}")) || upper.contains(&format!("_{word}_")))
}

/// The password of a secret that is a URL (`postgres://user:password@host/db`).
fn url_password(value: &str) -> Option<String> {
    let (_, rest) = value.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let (userinfo, _) = authority.rsplit_once('@')?;
    let (_, password) = userinfo.split_once(':')?;
    Some(password.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_named_as_secrets_and_url_passwords_are_secret() {
        for name in
            ["POSTGRES_PASSWORD", "LOCALSTACK_AUTH_TOKEN", "JWT_SECRET", "AWS_SECRET_ACCESS_KEY", "api_key", "TOKEN"]
        {
            assert!(secret_variable(name), "{name}");
        }
        for name in ["KEYCLOAK_URL", "TOKENIZER", "PASSWORDLESS", "MONKEY", "NODE_ENV"] {
            assert!(!secret_variable(name), "{name}");
        }
        let m = masker_of(
            "services:\n  db:\n    image: x\n    environment:\n      POSTGRES_PASSWORD: hunter2-long\n      DATABASE_URL: postgres://u:url-pass-9@db/app\n      GREETING: hello-world\n",
        );
        assert_eq!(
            m.mask("pw=hunter2-long url=postgres://u:url-pass-9@db/app hello-world"),
            "pw=•••• url=postgres://u:••••@db/app hello-world"
        );
    }

    /// The masker of a stack file's text (no seed folder).
    fn masker_of(stack_file: &str) -> Masker {
        let loaded = crate::stack::load_str(
            stack_file,
            std::path::Path::new("s.yaml"),
            std::path::Path::new("/p"),
            &crate::stack::interpolate::Vars::default(),
        );
        Masker::for_stack(&loaded.unwrap().stack, None)
    }

    #[test]
    fn a_secret_named_host_env_value_is_masked_and_an_address_is_not() {
        let m = masker_of(
            "services:\n  api:\n    image: x\n    host_env:\n      ADMIN_PASSWORD: admin-dev-pass\n      API_URL: 'http://{host}:{port}/api'\n",
        );
        assert_eq!(m.mask("pw admin-dev-pass, url http://h:1/api"), "pw ••••, url http://h:1/api");
    }

    #[test]
    fn masks_values_and_their_base64() {
        let m = Masker::new(["s3cr3t-value".to_string(), "abc".to_string()]);
        assert_eq!(m.mask("db password s3cr3t-value here"), "db password •••• here");
        let b64 = base64::engine::general_purpose::STANDARD.encode("s3cr3t-value");
        assert_eq!(m.mask(&format!("token={b64}")), "token=••••");
        assert_eq!(m.mask("abc stays"), "abc stays");
    }

    #[test]
    fn masks_values_embedded_in_json_and_urls() {
        let m = Masker::new([r#"p@ss "word"/1"#.to_string()]);
        assert_eq!(m.mask(r#"{"password":"p@ss \"word\"/1"}"#), r#"{"password":"••••"}"#);
        assert_eq!(m.mask("GET /login?pw=p%40ss%20%22word%22%2F1 200"), "GET /login?pw=•••• 200");
        assert_eq!(m.mask("form: pw=p%40ss+%22word%22%2F1"), "form: pw=••••");
        let url_safe = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(r#"p@ss "word"/1"#);
        assert_eq!(m.mask(&format!("jwt.{url_safe}.sig")), "jwt.••••.sig");
    }

    #[test]
    fn masks_the_secret_parts_of_json_and_url_secrets() {
        let m = Masker::new([
            r#"{"username":"svc","password":"hunter2-long","port":5432}"#.to_string(),
            "postgres://medusa_user:medusa_password@postgres:5432/medusa_db".to_string(),
        ]);
        assert_eq!(m.mask("login with hunter2-long"), "login with ••••");
        assert_eq!(m.mask("POSTGRES_PASSWORD=medusa_password"), "POSTGRES_PASSWORD=••••");
        assert_eq!(
            m.mask("connecting to postgres://medusa_user:medusa_password@postgres:5432/medusa_db"),
            "connecting to ••••"
        );
        // Short fields are left alone: "svc" would mask ordinary words.
        assert_eq!(m.mask("svc started"), "svc started");
    }
}

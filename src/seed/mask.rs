//! Hides seeded secret values (and their base64 form) in anything berth prints.

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
            // Very short values would mask ordinary words; they are not worth hiding this way.
            if v.chars().count() < 6 {
                continue;
            }
            needles.push(base64::engine::general_purpose::STANDARD.encode(v.as_bytes()));
            needles.push(v);
        }
        needles.sort_by_key(|n| std::cmp::Reverse(n.len()));
        needles.dedup();
        Masker { needles }
    }

    pub fn for_spec(spec: &SeedSpec) -> Masker {
        Masker::new(spec.secrets.iter().map(|s| match &s.value {
            SecretValue::Text(t) => t.clone(),
            SecretValue::Binary(b) => base64::engine::general_purpose::STANDARD.encode(b),
        }))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_values_and_their_base64() {
        let m = Masker::new(["s3cr3t-value".to_string(), "abc".to_string()]);
        assert_eq!(m.mask("db password s3cr3t-value here"), "db password •••• here");
        let b64 = base64::engine::general_purpose::STANDARD.encode("s3cr3t-value");
        assert_eq!(m.mask(&format!("token={b64}")), "token=••••");
        assert_eq!(m.mask("abc stays"), "abc stays");
    }
}

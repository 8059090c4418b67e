//! What an unquoted YAML scalar is to Docker Compose. Compose decodes YAML with
//! go-yaml v3, which gives a plain scalar a type before compose sees it: `0o17`,
//! `017` and `1_000` are numbers, `TRUE` a boolean, `2024-01-01` a date. Where
//! compose wants text (an environment value, a label) it prints the typed value back
//! (`15`, `1000`, `true`); where it wants a string only (`user`, `command` items)
//! it refuses a number. berth does the same, so a file means what compose says it means.

/// The type go-yaml gives an unquoted scalar.
#[derive(Debug, Clone, PartialEq)]
pub enum Plain {
    Null,
    Bool(bool),
    /// The value in decimal.
    Int(String),
    Float(f64),
    Timestamp,
    Str,
}

impl Plain {
    pub fn kind(&self) -> &'static str {
        match self {
            Plain::Null => "null",
            Plain::Bool(_) => "a boolean",
            Plain::Int(_) | Plain::Float(_) => "a number",
            Plain::Timestamp => "a date",
            Plain::Str => "a string",
        }
    }
}

/// Types an unquoted scalar as go-yaml v3 does.
pub fn resolve(text: &str) -> Plain {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Plain::Null,
        "true" | "True" | "TRUE" => return Plain::Bool(true),
        "false" | "False" | "FALSE" => return Plain::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => return Plain::Float(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => return Plain::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Plain::Float(f64::NAN),
        _ => {}
    }
    // Only text that starts like a number is tried as one.
    if !text.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '+' | '-' | '.')) {
        return Plain::Str;
    }
    let bare: String = text.chars().filter(|&c| c != '_').collect();
    if let Some(int) = int(&bare) {
        return Plain::Int(int);
    }
    if let Some(f) = float(&bare) {
        return Plain::Float(f);
    }
    if is_timestamp(text) {
        return Plain::Timestamp;
    }
    Plain::Str
}

/// An integer as Go's `ParseInt(s, 0, 64)` (or `ParseUint`) reads it: a sign, then
/// `0x`, `0o`, `0b` or a leading `0` (octal) for another base. In decimal.
fn int(s: &str) -> Option<String> {
    let (negative, body) = match s.as_bytes().first()? {
        b'-' => (true, &s[1..]),
        b'+' => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let (radix, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, &lower[1..])
    } else {
        (10, lower.as_str())
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let magnitude = u128::from_str_radix(digits, radix).ok()?;
    if negative {
        (magnitude <= 1 << 63).then(|| if magnitude == 0 { "0".to_string() } else { format!("-{magnitude}") })
    } else {
        (magnitude <= u128::from(u64::MAX)).then(|| magnitude.to_string())
    }
}

/// A float as Go's `ParseFloat` reads it (decimal forms; `inf` and `nan` words).
fn float(s: &str) -> Option<f64> {
    let digits = s.trim_start_matches(['+', '-']);
    let wordy = digits.eq_ignore_ascii_case("inf") || digits.eq_ignore_ascii_case("infinity");
    let numeric = digits.starts_with(|c: char| c.is_ascii_digit() || c == '.')
        && digits.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'));
    if !(numeric || wordy) {
        return None;
    }
    s.parse().ok()
}

/// `2024-01-01`, `2024-1-2T10:00:00Z`, `2024-01-01 10:00:00`: the forms go-yaml reads as a date.
fn is_timestamp(s: &str) -> bool {
    let (date, time) = match s.find(['T', 't', ' ']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let parts: Vec<&str> = date.split('-').collect();
    let date_ok = parts.len() == 3
        && parts[0].len() == 4
        && parts[1..].iter().all(|p| (1..=2).contains(&p.len()))
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()));
    date_ok && time.is_none_or(|t| t.split(':').count() == 3 && t.starts_with(|c: char| c.is_ascii_digit()))
}

/// The text compose makes of an unquoted scalar where it wants text (an environment
/// value, a label, a build arg): None for null; Err when compose refuses it (a date).
pub fn as_text(text: &str) -> Result<Option<String>, String> {
    match resolve(text) {
        Plain::Null => Ok(None),
        Plain::Bool(b) => Ok(Some(b.to_string())),
        Plain::Int(i) => Ok(Some(i)),
        Plain::Float(f) => Ok(Some(go_float(f))),
        Plain::Timestamp => {
            Err(format!("'{text}' is a date to YAML, which compose refuses here: quote it (\"{text}\")"))
        }
        Plain::Str => Ok(Some(text.to_string())),
    }
}

/// A float as Go's `%v` prints it: the shortest digits, with an exponent from 1e+06 up
/// and below 1e-04 (`1e+06`, `1.5e-07`, `100000`, `0.0001`), `+Inf`, `NaN`.
pub fn go_float(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf" } else { "-Inf" }.into();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if (-4..6).contains(&exp) {
        return format!("{f}");
    }
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{mantissa}e{sign}{:02}", exp.abs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> String {
        as_text(s).unwrap().unwrap()
    }

    // Each expected value is what `docker compose config` (v2.40.3) prints for
    // `environment: {V: <scalar>}` (tests/conformance/yaml holds the files).
    #[test]
    fn numbers_print_as_compose_prints_them() {
        let cases = [
            ("0o17", "15"),
            ("017", "15"),
            ("0x1F", "31"),
            ("0b101", "5"),
            ("1_000", "1000"),
            ("-1_0", "-10"),
            ("0x_1F", "31"),
            ("+12", "12"),
            ("-0", "0"),
            ("007", "7"),
            ("1e3", "1000"),
            ("1.50", "1.5"),
            ("1.0", "1"),
            ("2.0", "2"),
            ("1e6", "1e+06"),
            ("1234567.0", "1.234567e+06"),
            ("0.00001", "1e-05"),
            ("1e21", "1e+21"),
            ("99999999999999999999", "1e+20"),
            ("9223372036854775808", "9223372036854775808"),
            ("1.5e-7", "1.5e-07"),
            ("100000.0", "100000"),
            ("0.0001", "0.0001"),
            ("1_0.5", "10.5"),
            (".5", "0.5"),
            ("5.", "5"),
            (".inf", "+Inf"),
            ("-.inf", "-Inf"),
            (".nan", "NaN"),
            ("+Inf", "+Inf"),
            ("3.14159265358979", "3.14159265358979"),
        ];
        for (given, expected) in cases {
            assert_eq!(text(given), expected, "{given}");
        }
    }

    #[test]
    fn yaml_1_1_words_stay_text_and_only_true_false_are_booleans() {
        for word in ["yes", "no", "on", "off", "y", "n", "Yes", "12:30", "0o", "1.2.3", "v1", "-x", "0x"] {
            assert_eq!(text(word), word);
        }
        assert_eq!(text("TRUE"), "true");
        assert_eq!(text("False"), "false");
        assert_eq!(as_text("~").unwrap(), None);
    }

    #[test]
    fn dates_are_refused_where_compose_refuses_them() {
        for date in ["2024-01-01", "2024-1-2", "2024-01-01T10:00:00Z", "2024-01-01 10:00:00"] {
            assert_eq!(resolve(date), Plain::Timestamp, "{date}");
            assert!(as_text(date).unwrap_err().contains("quote it"));
        }
        assert_eq!(resolve("2024-01"), Plain::Str);
    }
}

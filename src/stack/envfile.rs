//! `.env` files as compose reads them: `KEY=value` lines, `#` comments,
//! optional `export `, single quotes literal, double quotes with escapes.

use super::diagnostic::Pos;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvFileError {
    pub pos: Pos,
    pub message: String,
}

pub fn parse(text: &str) -> Result<Vec<(String, String)>, EnvFileError> {
    let mut out = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line);
        let Some((key, value)) = line.split_once('=') else {
            return Err(EnvFileError {
                pos: Pos::new(n + 1, 1),
                message: format!("expected KEY=value, found \"{line}\""),
            });
        };
        let key = key.trim();
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.') {
            return Err(EnvFileError { pos: Pos::new(n + 1, 1), message: format!("invalid variable name \"{key}\"") });
        }
        out.push((key.to_string(), unquote(value.trim())));
    }
    Ok(out)
}

fn unquote(value: &str) -> String {
    if value.len() >= 2 && value.starts_with('\'') && value.ends_with('\'') {
        return value[1..value.len() - 1].to_string();
    }
    if value.len() >= 2 && value.starts_with('"') && value.ends_with('"') {
        let inner = &value[1..value.len() - 1];
        let mut out = String::new();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(other) => out.push(other),
                    None => out.push('\\'),
                }
            } else {
                out.push(c);
            }
        }
        return out;
    }
    // An unquoted value ends at an inline comment.
    match value.find(" #") {
        Some(i) => value[..i].trim_end().to_string(),
        None => value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_forms() {
        let vars =
            parse("# comment\nA=1\nexport B=two words\nC='single $x'\nD=\"dq\\nline\"\nE=\nF=v # note\n").unwrap();
        assert_eq!(
            vars,
            vec![
                ("A".into(), "1".into()),
                ("B".into(), "two words".into()),
                ("C".into(), "single $x".into()),
                ("D".into(), "dq\nline".into()),
                ("E".into(), String::new()),
                ("F".into(), "v".into()),
            ]
        );
    }

    #[test]
    fn rejects_lines_without_equals() {
        let err = parse("A=1\njunk\n").unwrap_err();
        assert_eq!(err.pos, Pos::new(2, 1));
    }
}

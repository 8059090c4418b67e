//! Variable interpolation as compose specifies it: `$VAR`, `${VAR}`,
//! `${VAR:-default}`, `${VAR-default}`, `${VAR:?message}`, `${VAR?message}`,
//! `${VAR:+replacement}`, `${VAR+replacement}`, and `$$` for a literal `$`.
//! Defaults and replacements may themselves contain variables.

use std::collections::BTreeMap;

/// The variables a stack is interpolated with, already layered by precedence.
#[derive(Debug, Clone, Default)]
pub struct Vars {
    values: BTreeMap<String, String>,
}

impl Vars {
    /// Layers are given highest precedence first: a name takes the first value found.
    pub fn layered<I, L>(layers: L) -> Self
    where
        L: IntoIterator<Item = I>,
        I: IntoIterator<Item = (String, String)>,
    {
        let mut values = BTreeMap::new();
        for layer in layers {
            for (k, v) in layer {
                values.entry(k).or_insert(v);
            }
        }
        Vars { values }
    }

    /// Adds a value with the lowest precedence: it never replaces one already there.
    pub fn insert_default(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.values.entry(name.into()).or_insert_with(|| value.into());
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.values.get(name).map(String::as_str)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterpolationError {
    /// Offset in characters into the interpolated text where the problem starts.
    pub offset: usize,
    pub message: String,
}

pub fn interpolate(text: &str, vars: &Vars) -> Result<String, InterpolationError> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '$' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        match chars.get(i + 1) {
            Some('$') => {
                out.push('$');
                i += 2;
            }
            Some('{') => {
                let end = matching_brace(&chars, i + 1).ok_or_else(|| InterpolationError {
                    offset: i,
                    message: format!("unclosed '${{' in \"{text}\""),
                })?;
                let inner: String = chars[i + 2..end].iter().collect();
                out.push_str(&braced(&inner, vars).map_err(|message| InterpolationError { offset: i, message })?);
                i = end + 1;
            }
            Some(c) if is_name_start(*c) => {
                let start = i + 1;
                let mut end = start;
                while end < chars.len() && is_name_char(chars[end]) {
                    end += 1;
                }
                let name: String = chars[start..end].iter().collect();
                out.push_str(vars.get(&name).unwrap_or(""));
                i = end;
            }
            _ => {
                return Err(InterpolationError {
                    offset: i,
                    message: format!("invalid interpolation format in \"{text}\": write '$$' for a literal '$'"),
                })
            }
        }
    }
    Ok(out)
}

fn is_name_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// Index of the `}` closing the `{` at `open`, allowing nested `${…}` in defaults.
fn matching_brace(chars: &[char], open: usize) -> Option<usize> {
    let mut depth = 0;
    for (j, c) in chars.iter().enumerate().skip(open) {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Some(j);
                }
            }
            _ => {}
        }
    }
    None
}

fn braced(inner: &str, vars: &Vars) -> Result<String, String> {
    // Braced names may be dotted facts such as `postgres.env.POSTGRES_USER`.
    let name_len = inner.char_indices().find(|(_, c)| !(is_name_char(*c) || *c == '.')).map_or(inner.len(), |(i, _)| i);
    let (name, rest) = inner.split_at(name_len);
    if name.is_empty() || !name.starts_with(is_name_start) {
        return Err(format!("invalid variable name in \"${{{inner}}}\""));
    }
    let value = vars.get(name);
    let set_nonempty = value.is_some_and(|v| !v.is_empty());
    let (op, arg) = if let Some(arg) = rest.strip_prefix(":-") {
        (":-", arg)
    } else if let Some(arg) = rest.strip_prefix(":?") {
        (":?", arg)
    } else if let Some(arg) = rest.strip_prefix(":+") {
        (":+", arg)
    } else if rest.is_empty() {
        ("", "")
    } else {
        // One operator character, which may be any character in a malformed file.
        let first = rest.chars().next().map_or(0, char::len_utf8);
        rest.split_at(first)
    };
    let nested = |s: &str| interpolate(s, vars).map_err(|e| e.message);
    match op {
        "" => Ok(value.unwrap_or("").to_string()),
        ":-" if set_nonempty => Ok(value.unwrap_or("").to_string()),
        ":-" => nested(arg),
        "-" => value.map_or_else(|| nested(arg), |v| Ok(v.to_string())),
        ":?" if set_nonempty => Ok(value.unwrap_or("").to_string()),
        "?" if value.is_some() => Ok(value.unwrap_or("").to_string()),
        ":?" | "?" => {
            let why = if value.is_some() { "empty" } else { "not set" };
            let msg = nested(arg)?;
            Err(if msg.is_empty() {
                format!("required variable {name} is {why}")
            } else {
                format!("required variable {name} is {why}: {msg}")
            })
        }
        ":+" if set_nonempty => nested(arg),
        "+" if value.is_some() => nested(arg),
        ":+" | "+" => Ok(String::new()),
        _ => Err(format!("invalid interpolation \"${{{inner}}}\": expected one of :- - :? ? :+ + after {name}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars() -> Vars {
        Vars::layered([vec![
            ("SET".to_string(), "value".to_string()),
            ("EMPTY".to_string(), String::new()),
            ("INNER".to_string(), "in".to_string()),
        ]])
    }

    #[test]
    fn a_non_ascii_character_after_a_name_is_an_error_not_a_panic() {
        let e = interpolate("z=${EMPT\u{82}set} ${Aé}", &vars()).unwrap_err();
        assert_eq!(e.offset, 2);
        assert!(e.message.contains("expected one of :- - :? ? :+ + after EMPT"), "{}", e.message);
    }

    fn ok(text: &str) -> String {
        interpolate(text, &vars()).unwrap()
    }

    fn err(text: &str) -> InterpolationError {
        interpolate(text, &vars()).unwrap_err()
    }

    #[test]
    fn plain_and_braced() {
        assert_eq!(ok("$SET"), "value");
        assert_eq!(ok("${SET}"), "value");
        assert_eq!(ok("a-${SET}-b"), "a-value-b");
        assert_eq!(ok("$SET.x"), "value.x");
        assert_eq!(ok("$UNSET"), "");
        assert_eq!(ok("${UNSET}"), "");
        assert_eq!(ok("no vars"), "no vars");
    }

    #[test]
    fn dollar_escape() {
        assert_eq!(ok("$$SET"), "$SET");
        assert_eq!(ok("cost: $$5"), "cost: $5");
        assert_eq!(ok("$${SET}"), "${SET}");
    }

    #[test]
    fn defaults() {
        assert_eq!(ok("${UNSET:-def}"), "def");
        assert_eq!(ok("${EMPTY:-def}"), "def");
        assert_eq!(ok("${SET:-def}"), "value");
        assert_eq!(ok("${UNSET-def}"), "def");
        assert_eq!(ok("${EMPTY-def}"), "");
        assert_eq!(ok("${UNSET:-localstack/localstack:4.9}"), "localstack/localstack:4.9");
        assert_eq!(ok("${UNSET:-${INNER}-x}"), "in-x");
    }

    #[test]
    fn replacements() {
        assert_eq!(ok("${SET:+rep}"), "rep");
        assert_eq!(ok("${EMPTY:+rep}"), "");
        assert_eq!(ok("${UNSET:+rep}"), "");
        assert_eq!(ok("${EMPTY+rep}"), "rep");
        assert_eq!(ok("${UNSET+rep}"), "");
    }

    #[test]
    fn required() {
        assert_eq!(ok("${SET:?must}"), "value");
        assert_eq!(ok("${EMPTY?must}"), "");
        assert_eq!(err("${UNSET:?set it please}").message, "required variable UNSET is not set: set it please");
        assert_eq!(err("${EMPTY:?}").message, "required variable EMPTY is empty");
        assert_eq!(err("${UNSET?}").message, "required variable UNSET is not set");
        assert_eq!(err("abc ${UNSET?x}").offset, 4);
    }

    #[test]
    fn malformed() {
        assert!(err("${SET").message.contains("unclosed"));
        assert!(err("a $ b").message.contains("$$"));
        assert!(err("${}").message.contains("invalid variable name"));
        assert!(err("${1A}").message.contains("invalid variable name"));
        assert!(err("${SET/x/y}").message.contains("expected one of"));
        assert_eq!(err("${a.b:?}").message, "required variable a.b is not set");
    }

    #[test]
    fn precedence_of_layers() {
        let v = Vars::layered([
            vec![("A".to_string(), "process".to_string())],
            vec![("A".to_string(), "dotenv".to_string()), ("B".to_string(), "dotenv".to_string())],
        ]);
        assert_eq!(interpolate("$A $B", &v).unwrap(), "process dotenv");
    }
}

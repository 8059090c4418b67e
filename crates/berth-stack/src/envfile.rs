//! `.env` files as compose v2 reads them: `KEY=value` lines, `#` comments,
//! optional `export `, single quotes literal, double quotes with escapes, both
//! quotes may span lines, and `${VAR}` expanded in unquoted and double-quoted
//! values (earlier lines of the file, earlier files, the environment).
//! Each rule's expected value was taken from Docker Compose v2.40.3.

use super::diagnostic::Pos;
use super::interpolate::{interpolate, Vars};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvFileError {
    pub pos: Pos,
    pub message: String,
}

/// The variables an env file's values are expanded with.
pub struct Scope {
    /// What `${VAR}` sees; each line of the file joins it for the lines after it.
    pub vars: Vars,
    /// Names whose value a file line must not change for the lines after it:
    /// the environment wins over env files, also inside them.
    pub pinned: Vars,
    /// What the files read with this scope have produced so far, against [`EnvBudget`].
    pub used: EnvBudget,
}

/// The most env files may hold once read, for all the files one load reads with one scope:
/// far above real use (a few hundred variables), far below what breaks the 300 MB bound.
pub const MAX_ENV_VARIABLES: usize = 100_000;
pub const MAX_ENV_BYTES: usize = 64 << 20;

/// Variables and bytes (names and filled-in values) read so far.
#[derive(Debug, Clone, Copy, Default)]
pub struct EnvBudget {
    pub variables: usize,
    pub bytes: usize,
}

impl EnvBudget {
    /// Counts one variable; Err says which limit it passes.
    pub fn charge(&mut self, key: &str, value: &str) -> Result<(), String> {
        self.variables += 1;
        self.bytes += key.len() + value.len();
        if self.variables > MAX_ENV_VARIABLES {
            Err(format!("env files hold more than {MAX_ENV_VARIABLES} variables, berth's limit"))
        } else if self.bytes > MAX_ENV_BYTES {
            Err(format!("env files hold more than {} MiB once filled in, berth's limit", MAX_ENV_BYTES >> 20))
        } else {
            Ok(())
        }
    }
}

impl Scope {
    /// `pinned` first, then `earlier` (files read before this one).
    pub fn new(pinned: Vars, earlier: &Vars) -> Scope {
        let mut vars = earlier.clone();
        for (k, v) in pinned.iter() {
            vars.set(k, v);
        }
        Scope { vars, pinned, used: EnvBudget::default() }
    }
}

/// Parses an env file with nothing to expand variables from but its own lines.
pub fn parse(text: &str) -> Result<Vec<(String, String)>, EnvFileError> {
    parse_in(text, &mut Scope::new(Vars::default(), &Vars::default()))
}

/// Parses an env file, expanding variables from `scope`, which the file's lines join.
pub fn parse_in(text: &str, scope: &mut Scope) -> Result<Vec<(String, String)>, EnvFileError> {
    let mut out = Vec::new();
    let mut lines = text.split('\n').enumerate();
    while let Some((n, raw)) = lines.next() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = |col: usize| Pos::new(n + 1, col);
        let line = line.strip_prefix("export ").map(str::trim_start).unwrap_or(line);
        let Some((key, value)) = line.split_once('=') else {
            if is_name(line) {
                // A bare name passes the environment's value through, as compose does.
                if let Some(value) = scope.pinned.get(line) {
                    scope.used.charge(line, value).map_err(|message| EnvFileError { pos: at(1), message })?;
                    out.push((line.to_string(), value.to_string()));
                }
                continue;
            }
            // Never the line itself: an env file (or a file named as one by mistake) holds secrets.
            return Err(EnvFileError {
                pos: at(1),
                message: "expected KEY=value or a variable name (the line is not shown: env files hold secrets)".into(),
            });
        };
        let key = key.trim();
        if !is_name(key) {
            return Err(EnvFileError {
                pos: at(1),
                message: "the text before '=' is not a variable name (letters, digits and '_', not first a digit)"
                    .into(),
            });
        }
        let value = value.trim_start();
        let value = match value.chars().next() {
            Some(quote @ ('\'' | '"')) => {
                let mut body = value[1..].to_string();
                while closing_quote(&body, quote).is_none() {
                    let Some((_, next)) = lines.next() else {
                        return Err(EnvFileError {
                            pos: at(raw.find(quote).map_or(1, |i| i + 1)),
                            message: format!("the value of {key} opens a {quote} quote that is never closed"),
                        });
                    };
                    body.push('\n');
                    body.push_str(next);
                }
                let end = closing_quote(&body, quote).unwrap_or(body.len());
                let inner = &body[..end];
                if quote == '\'' {
                    inner.to_string()
                } else {
                    expand(&unescape(inner), scope, at(1))?
                }
            }
            _ => {
                // An unquoted value ends at an inline comment (a `#` after a space).
                let bare = value.find(" #").map_or(value, |i| &value[..i]).trim_end();
                expand(bare, scope, at(1))?
            }
        };
        scope.used.charge(key, &value).map_err(|message| EnvFileError { pos: at(1), message })?;
        if scope.pinned.get(key).is_none() {
            scope.vars.set(key, &value);
        }
        out.push((key.to_string(), value));
    }
    Ok(out)
}

fn is_name(key: &str) -> bool {
    !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-')
}

/// The byte index of the quote that closes a value (a `\"` does not close a double-quoted one).
fn closing_quote(body: &str, quote: char) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in body.char_indices() {
        match c {
            '\\' if quote == '"' && !escaped => escaped = true,
            c if c == quote && !escaped => return Some(i),
            _ => escaped = false,
        }
    }
    None
}

/// Double-quote escapes: `\n`, `\r`, `\t`, `\\`, `\"`; `\$` is a literal dollar
/// (kept as `$$` for the expansion that follows); any other pair stays as written.
fn unescape(inner: &str) -> String {
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('"') => out.push('"'),
            Some('$') => out.push_str("$$"),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

fn expand(value: &str, scope: &Scope, pos: Pos) -> Result<String, EnvFileError> {
    if !value.contains('$') {
        return Ok(value.to_string());
    }
    interpolate(value, &scope.vars)
        .map_err(|e| EnvFileError { pos: Pos::new(pos.line, pos.col + e.offset), message: e.message })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> Vars {
        Vars::layered([pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>()])
    }

    fn parsed(text: &str) -> Vec<(String, String)> {
        parse(text).unwrap()
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn parses_forms() {
        let text =
            "# comment\nA=1\nexport B=two words\nC='single $x'\nD=\"dq\\nline\"\nE=\nF=v # note\nG=x#c\nK= spaced  \n";
        assert_eq!(
            parsed(text),
            pairs(&[
                ("A", "1"),
                ("B", "two words"),
                ("C", "single $x"),
                ("D", "dq\nline"),
                ("E", ""),
                ("F", "v"),
                ("G", "x#c"),
                ("K", "spaced")
            ])
        );
    }

    #[test]
    fn rejects_lines_without_equals() {
        let err = parse("A=1\njunk here\n").unwrap_err();
        assert_eq!(err.pos, Pos::new(2, 1));
    }

    #[test]
    fn env_files_are_held_to_a_budget_of_variables_and_bytes() {
        // Each variable doubling the last: stopped by the one-value limit, at its line.
        let doubling: String = std::iter::once("V0=0123456789abcdef\n".to_string())
            .chain((1..40).map(|i| format!("V{i}=${{V{}}}${{V{}}}\n", i - 1, i - 1)))
            .collect();
        let err = parse(&doubling).unwrap_err();
        assert!(err.message.contains("berth's limit for one value"), "{}", err.message);
        assert_eq!(err.pos.line, 20, "16 bytes doubled 18 times is 4 MiB; the next passes it");
        let many: String = (0..=MAX_ENV_VARIABLES).map(|i| format!("K{i}=v\n")).collect();
        let err = parse(&many).unwrap_err();
        assert!(err.message.contains("more than 100000 variables"), "{}", err.message);
        assert_eq!(err.pos.line, MAX_ENV_VARIABLES + 1);
        let big = "x".repeat(3 << 20);
        let heavy: String = (0..30).map(|i| format!("K{i}={big}\n")).collect();
        assert!(parse(&heavy).unwrap_err().message.contains("more than 64 MiB"));
    }

    #[test]
    fn an_error_never_quotes_the_file() {
        // A shadow line and a .netrc line, named as env files by mistake.
        for text in ["root:$6$s3cr3tsalt$hash:19000:0:99999:7:::\n", "machine h login u password s3cr3t pw=x\n"] {
            let err = parse(text).unwrap_err();
            assert!(!err.message.contains("s3cr3t"), "{}", err.message);
            assert_eq!(err.pos, Pos::new(1, 1));
        }
    }

    // Expected values below are what `docker compose --env-file F config` (v2.40.3) yields.

    #[test]
    fn quoted_values_span_lines() {
        assert_eq!(
            parsed("D=\"multi\nline\"\nF='multi\nsingle'\nZ=1\n"),
            pairs(&[("D", "multi\nline"), ("F", "multi\nsingle"), ("Z", "1")])
        );
    }

    #[test]
    fn an_unclosed_quote_is_located() {
        let err = parse("A=1\nB=\"never closed\nC=2\n").unwrap_err();
        assert_eq!(err.pos, Pos::new(2, 3));
        assert!(err.message.contains("never closed"), "{}", err.message);
    }

    #[test]
    fn double_quote_escapes() {
        let text = "A=\"a\\\\b\"\nB=\"q\\\"q\"\nC=\"x\\ry\"\nD=\"x\\zy\"\nF=\"dq \\$ \\t|\"\nK=\"tail\" # c\n";
        assert_eq!(
            parsed(text),
            pairs(&[("A", "a\\b"), ("B", "q\"q"), ("C", "x\ry"), ("D", "x\\zy"), ("F", "dq $ \t|"), ("K", "tail")])
        );
    }

    #[test]
    fn values_expand_earlier_lines_but_not_later_ones() {
        let text = "A=one\nC=${A}:3\nE=un${F:-def}\nF=later\nG=$$H\nH=\"$${A}\"\nL='lit ${A}'\n";
        assert_eq!(
            parsed(text),
            pairs(&[
                ("A", "one"),
                ("C", "one:3"),
                ("E", "undef"),
                ("F", "later"),
                ("G", "$H"),
                ("H", "${A}"),
                ("L", "lit ${A}")
            ])
        );
    }

    #[test]
    fn the_environment_wins_inside_the_file_too() {
        let mut scope = Scope::new(vars(&[("A", "proc"), ("J", "procj")]), &Vars::default());
        let out = parse_in("A=one\nC=${A}:3\nJ\nM\n", &mut scope).unwrap();
        // The file's own A is kept for the file's list (the caller layers the environment over it),
        // but C sees the environment's A; a bare J takes the environment's value; a bare unset M is dropped.
        assert_eq!(out, pairs(&[("A", "one"), ("C", "proc:3"), ("J", "procj")]));
    }

    #[test]
    fn a_later_file_sees_the_earlier_ones() {
        let mut first = Scope::new(Vars::default(), &Vars::default());
        parse_in("A=one\nC=${A}:3\n", &mut first).unwrap();
        let mut second = Scope::new(Vars::default(), &first.vars);
        assert_eq!(parse_in("A=two\nB=${C}-b\n", &mut second).unwrap(), pairs(&[("A", "two"), ("B", "one:3-b")]));
    }

    #[test]
    fn an_unset_variable_becomes_empty() {
        assert_eq!(parsed("J=${NOPE}\n"), pairs(&[("J", "")]));
    }
}

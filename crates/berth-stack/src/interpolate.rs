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

    /// Sets a value, replacing any there.
    pub fn set(&mut self, name: &str, value: &str) {
        self.values.insert(name.to_string(), value.to_string());
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.values.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterpolationError {
    /// Offset in characters into the interpolated text where the problem starts.
    pub offset: usize,
    pub message: String,
}

/// Defaults nested deeper than this are refused: no real file needs it, and the
/// expansion recurses once per level.
pub const MAX_NESTING: usize = 64;

/// The longest a value may grow when its variables are filled in: far above any real value
/// (a certificate chain is a few KiB), far below what a hostile file could ask for.
pub const MAX_VALUE_BYTES: usize = 4 << 20;

pub fn interpolate(text: &str, vars: &Vars) -> Result<String, InterpolationError> {
    interpolate_noting_unset(text, vars).map(|(out, _)| out)
}

/// As [`interpolate`], with the names of unset variables used without a default
/// (`$X`, `${X}`): compose warns about each, and so does berth.
pub fn interpolate_noting_unset(text: &str, vars: &Vars) -> Result<(String, Vec<String>), InterpolationError> {
    let mut out = String::with_capacity(text.len());
    let mut scan = Scan { text, vars, at: 0, top: 0, unset: Vec::new(), seen: std::collections::HashSet::new() };
    scan.expand(&mut out, 0)
        .map_err(|(at, message)| InterpolationError { offset: text[..at.min(text.len())].chars().count(), message })?;
    Ok((out, scan.unset))
}

/// One left-to-right pass over the text. A default or replacement is expanded
/// where it stands, or skipped up to its closing brace when its branch is not
/// taken, so every character is looked at once whatever the nesting: linear in
/// the text. (The earlier version copied the rest of the text at each level.)
struct Scan<'t, 'v> {
    text: &'t str,
    vars: &'v Vars,
    /// Byte position of the next character to read.
    at: usize,
    /// Byte position of the outermost `${` being expanded: errors inside a
    /// default point there, as before.
    top: usize,
    /// Unset variables used without a default, each once (a text of 8 million `$A`
    /// made 8 million entries before: 488 MB).
    unset: Vec<String>,
    seen: std::collections::HashSet<&'t str>,
}

/// An error at a byte offset of the text.
type ScanError = (usize, String);

impl<'t> Scan<'t, '_> {
    /// A variable's value into the result, which may not pass [`MAX_VALUE_BYTES`]: a value
    /// used a thousand times, or variables each doubling the last, would otherwise take
    /// gigabytes before anything is checked.
    fn push_value(&self, out: &mut String, value: &str, at: usize) -> Result<(), ScanError> {
        if out.len() + value.len() > MAX_VALUE_BYTES {
            return Err((
                at,
                format!("filled in, this value passes {} MiB, berth's limit for one value", MAX_VALUE_BYTES >> 20),
            ));
        }
        out.push_str(value);
        Ok(())
    }

    fn peek(&self) -> Option<char> {
        self.text[self.at..].chars().next()
    }

    /// Expands until the end of the text (depth 0) or the `}` that closes the
    /// current `${…}` (depth > 0), which it consumes.
    fn expand(&mut self, out: &mut String, depth: usize) -> Result<(), ScanError> {
        // Plain braces inside a default (`${A:-{x}}`) pair up before the closing one.
        let mut braces = 0usize;
        loop {
            let Some(c) = self.peek() else {
                return if depth == 0 { Ok(()) } else { Err(self.unclosed()) };
            };
            match c {
                '$' => {
                    let dollar = self.at;
                    self.at += 1;
                    match self.peek() {
                        Some('$') => {
                            self.at += 1;
                            out.push('$');
                        }
                        Some('{') => {
                            self.at += 1;
                            if depth == 0 {
                                self.top = dollar;
                            }
                            self.braced(out, depth + 1)?;
                        }
                        Some(c) if is_name_start(c) => {
                            let name = self.name(false);
                            match self.vars.get(name) {
                                Some(value) => self.push_value(out, value, dollar)?,
                                None => self.note_unset(name),
                            }
                        }
                        // Compose keeps a `$` that starts neither `$$`, a name nor `${` as
                        // written: `$(cmd)` in a healthcheck, `$1` in a hook, a price `$ 5`.
                        _ => out.push('$'),
                    }
                }
                '}' if depth > 0 && braces == 0 => {
                    self.at += 1;
                    return Ok(());
                }
                _ => {
                    if depth > 0 {
                        match c {
                            '{' => braces += 1,
                            '}' => braces -= 1,
                            _ => {}
                        }
                    }
                    self.at += c.len_utf8();
                    out.push(c);
                }
            }
        }
    }

    /// A name at the current position; braced names may be dotted facts
    /// such as `postgres.env.POSTGRES_USER`.
    fn name(&mut self, dotted: bool) -> &'t str {
        let (text, start) = (self.text, self.at);
        let len = text[start..]
            .char_indices()
            .find(|(_, c)| !(is_name_char(*c) || (dotted && *c == '.')))
            .map_or(text.len() - start, |(i, _)| i);
        self.at += len;
        &text[start..start + len]
    }

    fn note_unset(&mut self, name: &'t str) {
        if self.seen.insert(name) {
            self.unset.push(name.to_string());
        }
    }

    /// A dotted name is a fact about the stack (`postgres.host`); one that does not
    /// exist is a mistake, never an empty string.
    fn unknown_fact(&self, name: &str) -> String {
        let facts = self.vars.values.keys().filter(|k| k.contains('.')).map(String::as_str);
        match super::diagnostic::nearest(name, facts) {
            Some(best) => format!("unknown fact '{name}' (did you mean '{best}'?)"),
            None => format!("unknown fact '{name}': facts are <service>.host, <service>.port and <service>.env.<NAME>"),
        }
    }

    fn unclosed(&self) -> ScanError {
        (self.top, format!("unclosed '${{' in \"{}\"", self.text))
    }

    /// The inside of `${…}`, the `${` already read.
    fn braced(&mut self, out: &mut String, depth: usize) -> Result<(), ScanError> {
        if depth > MAX_NESTING {
            return Err((self.top, format!("variables nested more than {MAX_NESTING} levels deep")));
        }
        let name_start = self.at;
        let name = self.name(true);
        if name.is_empty() || !name.starts_with(is_name_start) {
            // Whatever follows up to the closing brace is shown, as the user wrote it.
            self.at = name_start;
            let inner = self.skip_braced()?;
            return Err((self.top, format!("invalid variable name in \"${{{inner}}}\"")));
        }
        let value = self.vars.get(name);
        let set_nonempty = value.is_some_and(|v| !v.is_empty());
        let rest = &self.text[self.at..];
        let op = [":-", ":?", ":+", "-", "?", "+"].into_iter().find(|op| rest.starts_with(op));
        let Some(op) = op else {
            if self.peek() == Some('}') {
                self.at += 1;
                if value.is_none() && name.contains('.') {
                    return Err((self.top, self.unknown_fact(name)));
                }
                match value {
                    Some(value) => self.push_value(out, value, self.top)?,
                    None => self.note_unset(name),
                }
                return Ok(());
            }
            self.at = name_start;
            let inner = self.skip_braced()?;
            return Err((
                self.top,
                format!("invalid interpolation \"${{{inner}}}\": expected one of :- - :? ? :+ + after {name}"),
            ));
        };
        self.at += op.len();
        let value_text = value.unwrap_or("");
        let use_arg = match op {
            ":-" => !set_nonempty,
            "-" => value.is_none(),
            ":+" => set_nonempty,
            "+" => value.is_some(),
            ":?" => !set_nonempty,
            _ => value.is_none(),
        };
        match (op, use_arg) {
            (":?" | "?", true) => {
                let why = if value.is_some() { "empty" } else { "not set" };
                let mut msg = String::new();
                self.expand(&mut msg, depth)?;
                Err((
                    self.top,
                    if msg.is_empty() {
                        format!("required variable {name} is {why}")
                    } else {
                        format!("required variable {name} is {why}: {msg}")
                    },
                ))
            }
            (_, true) => self.expand(out, depth),
            (_, false) => {
                // An untaken branch is not expanded, so nothing in it can fail, as before.
                self.skip_braced()?;
                if !matches!(op, ":+" | "+") {
                    self.push_value(out, value_text, self.top)?;
                }
                Ok(())
            }
        }
    }

    /// Moves past the brace closing the current `${` (braces inside pair up) and
    /// returns the text skipped, unexpanded.
    fn skip_braced(&mut self) -> Result<&'t str, ScanError> {
        let (text, start) = (self.text, self.at);
        let Some(len) = closing_brace(&text[start..]) else { return Err(self.unclosed()) };
        self.at = start + len + 1;
        Ok(&text[start..start + len])
    }
}

/// Where the `}` closing a `${` is, from just after the `{` (braces inside pair up).
pub(crate) fn closing_brace(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => return Some(i),
            '}' => depth -= 1,
            _ => {}
        }
    }
    None
}

fn is_name_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
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
    fn an_unknown_fact_is_an_error_with_the_nearest_one() {
        let mut v = vars();
        v.insert_default("postgres.host", "postgres");
        v.insert_default("postgres.env.POSTGRES_USER", "u");
        let e = interpolate("url ${postgres.hots}", &v).unwrap_err();
        assert_eq!((e.offset, e.message.as_str()), (4, "unknown fact 'postgres.hots' (did you mean 'postgres.host'?)"));
        let e = interpolate("${ghost.host}", &vars()).unwrap_err();
        assert!(e.message.starts_with("unknown fact 'ghost.host': facts are"), "{}", e.message);
        assert_eq!(interpolate("${ghost.host:-none}", &v).unwrap(), "none");
    }

    #[test]
    fn each_unset_variable_is_noted_once() {
        let (out, unset) = interpolate_noting_unset(&"$NOPE-${NOPE}${NADA}".repeat(10_000), &vars()).unwrap();
        assert_eq!(out, "-".repeat(10_000));
        assert_eq!(unset, ["NOPE", "NADA"]);
    }

    #[test]
    fn an_untaken_branch_is_skipped_unexpanded() {
        assert_eq!(ok("${SET:-$}"), "value");
        assert_eq!(ok("${SET:-${1bad}}"), "value");
        assert_eq!(ok("${SET-${UNSET:?boom}}"), "value");
        assert_eq!(ok("${UNSET:+${UNSET:?boom}}"), "");
        assert_eq!(ok("${UNSET:-{x}}y"), "{x}y");
        assert_eq!(ok("${UNSET:-a${INNER}b${UNSET2:-c}}d"), "ainbcd");
    }

    #[test]
    fn deep_nesting_is_refused_at_the_outer_dollar_and_long_text_is_linear() {
        let deep = format!("ab ${}x{}", "{U:-$".repeat(100).trim_end_matches('$'), "}".repeat(100));
        let e = err(&deep);
        assert_eq!(e.offset, 3);
        assert_eq!(e.message, format!("variables nested more than {MAX_NESTING} levels deep"));
        // A megabyte inside one default: expanded once, not copied per level.
        let long = format!("${{UNSET:-${{UNSET:-{}}}}}", "y".repeat(1 << 20));
        assert_eq!(ok(&long).len(), 1 << 20);
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
    fn a_dollar_before_no_name_is_kept_as_compose_keeps_it() {
        // compose v2.40.3's `config` on each: the value as written (printed with `$$`).
        for kept in ["$(redis-cli ping)", "$1", "a $ b", "end$", "$-x", "$.x", "$@"] {
            assert_eq!(ok(kept), kept);
        }
        assert_eq!(ok("${UNSET:-$}"), "$");
        assert_eq!(ok("[ \"$(redis-cli ping)\" = $SET ]"), "[ \"$(redis-cli ping)\" = value ]");
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

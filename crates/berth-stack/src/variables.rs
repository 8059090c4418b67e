//! The variables a stack file uses, as compose's `config --variables` lists them: each name
//! with whether it is required (`${X:?…}`), its default (`${X:-…}`) and its alternate value
//! (`${X:+…}`). Read from the files' values as written, before anything is filled in, so a
//! required variable that is unset is listed rather than an error.

use std::collections::BTreeMap;

use super::yaml::{Node, Value};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Variable {
    pub name: String,
    pub required: bool,
    pub default: String,
    pub alternate: String,
}

/// Every variable the YAML texts' values use, by name. A text that is not YAML adds nothing
/// (loading it says what is wrong).
pub fn in_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> BTreeMap<String, Variable> {
    let mut found = BTreeMap::new();
    for text in texts {
        let Ok((docs, _)) = super::yaml::parse_documents_noting_tags(text) else { continue };
        for doc in &docs {
            walk(doc, &mut found);
        }
    }
    found
}

fn walk(node: &Node, found: &mut BTreeMap<String, Variable>) {
    match &node.value {
        Value::Scalar(text, _) => in_value(text, found),
        Value::Seq(items) => items.iter().for_each(|item| walk(item, found)),
        Value::Map(entries) => entries.iter().for_each(|(_, value)| walk(value, found)),
        Value::Null => {}
    }
}

/// The variables of one value; those inside a default or alternate too.
pub fn in_value(text: &str, found: &mut BTreeMap<String, Variable>) {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(offset) = text[at..].find('$') {
        let dollar = at + offset;
        at = dollar + 1;
        match bytes.get(at) {
            Some(b'$') => at += 1,
            Some(b'{') => {
                let inner_start = at + 1;
                let Some(len) = super::interpolate::closing_brace(&text[inner_start..]) else { return };
                at = inner_start + len + 1;
                braced(&text[inner_start..inner_start + len], found);
            }
            Some(c) if c.is_ascii_alphabetic() || *c == b'_' => {
                let len = name_len(&text[at..]);
                note(found, Variable { name: text[at..at + len].to_string(), ..Variable::default() });
                at += len;
            }
            _ => {}
        }
    }
}

/// `NAME`, `NAME:-default`, `NAME?message`, … (the inside of `${…}`).
fn braced(inner: &str, found: &mut BTreeMap<String, Variable>) {
    let len = name_len(inner);
    if len == 0 {
        return;
    }
    let mut variable = Variable { name: inner[..len].to_string(), ..Variable::default() };
    let rest = &inner[len..];
    let op = [":-", ":?", ":+", "-", "?", "+"].into_iter().find(|op| rest.starts_with(op));
    if let Some(op) = op {
        let arg = &rest[op.len()..];
        match op {
            ":-" | "-" => variable.default = arg.to_string(),
            ":+" | "+" => variable.alternate = arg.to_string(),
            _ => variable.required = true,
        }
        in_value(arg, found);
    }
    note(found, variable);
}

/// A variable used more than once keeps what any use says of it.
fn note(found: &mut BTreeMap<String, Variable>, variable: Variable) {
    let entry = found
        .entry(variable.name.clone())
        .or_insert_with(|| Variable { name: variable.name.clone(), ..Variable::default() });
    entry.required |= variable.required;
    if entry.default.is_empty() {
        entry.default = variable.default;
    }
    if entry.alternate.is_empty() {
        entry.alternate = variable.alternate;
    }
}

fn name_len(text: &str) -> usize {
    text.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_form_gives_its_default_alternate_or_requirement() {
        let text = "services:\n  web:\n    image: ${IMG:-busybox}\n    environment:\n      A: $A_VAR\n      B: ${B_VAR-dflt}\n      C: ${C_VAR:?need c}\n      D: ${D:+on}\n      E: $$NOT_A_VAR and $(cmd)\n# ${IN_A_COMMENT}\n";
        let found = in_texts([text]);
        let names: Vec<&str> = found.keys().map(String::as_str).collect();
        assert_eq!(names, ["A_VAR", "B_VAR", "C_VAR", "D", "IMG"]);
        assert_eq!(found["IMG"].default, "busybox");
        assert_eq!(found["B_VAR"].default, "dflt");
        assert!(found["C_VAR"].required && found["C_VAR"].default.is_empty());
        assert_eq!(found["D"].alternate, "on");
        assert_eq!(found["A_VAR"], Variable { name: "A_VAR".into(), ..Variable::default() });
    }

    #[test]
    fn variables_inside_defaults_count_and_uses_add_up() {
        let found = in_texts(["a: ${OUTER:-${INNER}-x}\nb: ${OUTER:?}\nc: '${BROKEN'\n"]);
        assert_eq!(found["OUTER"].default, "${INNER}-x");
        assert!(found["OUTER"].required);
        assert!(found.contains_key("INNER"));
        assert!(!found.contains_key("BROKEN"));
    }
}

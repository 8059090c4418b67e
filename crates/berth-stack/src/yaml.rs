//! A YAML document as a tree of nodes that remember where they came from.
//!
//! Built from the event stream of libyaml-safer (a port of libyaml, whose
//! behaviour go-yaml, and so Docker Compose, follows) so that every value, key
//! and error keeps its line and column. Aliases are expanded and merge keys
//! (`<<: *common`) applied here, so the loader sees plain maps.

use std::collections::HashMap;

use libyaml_safer::{Event, EventData, Mark, Parser, ScalarStyle};

use super::diagnostic::Pos;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    /// A scalar's text and whether it was quoted (a quoted `"1"` is never a number).
    Scalar(String, bool),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub value: Value,
    pub pos: Pos,
}

impl Node {
    pub fn scalar(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar(s, _) => Some(s),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self.value, Value::Null)
    }

    pub fn as_map(&self) -> Option<&[(Node, Node)]> {
        match &self.value {
            Value::Map(entries) => Some(entries),
            _ => None,
        }
    }

    pub fn as_seq(&self) -> Option<&[Node]> {
        match &self.value {
            Value::Seq(items) => Some(items),
            _ => None,
        }
    }

    /// The value under `key` in a map node.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|(_, v)| v)
    }

    /// Where `key` is written in a map node (the node itself when it is not there).
    pub fn key_pos(&self, key: &str) -> Pos {
        self.entry(key).map_or(self.pos, |(k, _)| k.pos)
    }

    fn entry(&self, key: &str) -> Option<&(Node, Node)> {
        self.as_map()?.iter().find(|(k, _)| k.scalar() == Some(key))
    }

    pub fn kind(&self) -> &'static str {
        match self.value {
            Value::Null => "null",
            Value::Scalar(..) => "a scalar",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a map",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    pub pos: Pos,
    pub message: String,
}

/// Expanding aliases can blow up exponentially ("billion laughs"); past this many nodes we stop.
/// A compose file of 5,000 services has about 100,000 nodes; past this the tree and
/// the model built from it would pass berth's memory bar of 100 MB (measured: 1M nodes
/// took 230 MB, 400,000 nodes 111 MB).
const MAX_NODES: usize = 250_000;
/// Nesting deeper than this is no compose file; the tree is built and dropped by recursion.
const MAX_DEPTH: usize = 200;

/// Where a double-quoted scalar's source has `\/`, an escape YAML 1.2 added and
/// libyaml (so go-yaml, so compose) does not know: characters from its start.
fn slash_escape(source: &str) -> Option<usize> {
    let mut chars = source.chars().enumerate();
    while let Some((_, c)) = chars.next() {
        if c == '\\' {
            if let Some((i, '/')) = chars.next() {
                return Some(i - 1);
            }
        }
    }
    None
}

fn pos_of(mark: Mark) -> Pos {
    Pos::new(mark.line as usize + 1, mark.column as usize + 1)
}

fn scan_error(text: &str, err: &libyaml_safer::Error) -> YamlError {
    let mark = err.problem_mark().unwrap_or_default();
    let mut message = err.problem().to_string();
    if let Some(context) = err.context() {
        message = format!("{message} ({context})");
    }
    let mut pos = pos_of(mark);
    // The hint only when the line really is indented with a tab, and then the
    // error points at that tab.
    let line = text.lines().nth(pos.line.saturating_sub(1)).unwrap_or_default();
    let indent = &line[..line.len() - line.trim_start_matches([' ', '\t']).len()];
    if let Some(tab) = indent.find('\t') {
        message.push_str(" (YAML indentation must use spaces, not tabs)");
        pos = Pos::new(pos.line, tab + 1);
    }
    YamlError { pos, message: format!("invalid YAML: {message}") }
}

struct Builder<'a> {
    text: &'a str,
    parser: Parser<std::io::BufReader<&'a [u8]>>,
    anchors: HashMap<String, Node>,
    /// Where `!reset` / `!override` are written.
    compose_tags: Vec<(Pos, String)>,
    /// The line of the last event read: where a parser panic is reported.
    last_line: usize,
    nodes: usize,
    depth: usize,
}

/// Parses the first document of `text`. An empty document is `Null`.
pub fn parse(text: &str) -> Result<Node, YamlError> {
    let mut docs = parse_documents(text)?;
    let second = docs.get(1).map(|d| d.pos);
    match second {
        Some(pos) => Err(YamlError {
            pos,
            message: "a second YAML document: this file holds one (remove the '---' and what follows)".into(),
        }),
        None => Ok(docs.pop().unwrap_or(Node { value: Value::Null, pos: Pos::new(1, 1) })),
    }
}

/// Every document of the text (`---` separates them); an empty text is one null document.
/// Anchors belong to their document; the node limit counts them all.
pub fn parse_documents(text: &str) -> Result<Vec<Node>, YamlError> {
    parse_documents_noting_tags(text).map(|(docs, _)| docs)
}

/// As [`parse_documents`], with where compose's own tags (`!reset`, `!override`) are used.
pub fn parse_documents_noting_tags(text: &str) -> Result<Documents, YamlError> {
    // libyaml-safer 0.3 panics when a block scalar's last line ends the input without a
    // line break (found by cargo fuzz); a final newline changes no value compose reads.
    let owned;
    let text = if text.is_empty() || text.ends_with('\n') {
        text
    } else {
        owned = format!("{text}\n");
        &owned
    };
    without_panics(|| documents(text))
}

/// libyaml-safer 0.3 still has panics where libyaml reports an error or goes on (a
/// `TODO` after a tag in a flow list, reads past the end; found by cargo fuzz). While a
/// file is parsed, a panic in the parser is caught and becomes an error about the file;
/// the default report of it is held back so that none reaches the terminal. A panic in
/// berth's own code is not caught here (the fuzzer still sees those).
fn without_panics<T>(parse: impl FnOnce() -> Result<T, YamlError>) -> Result<T, YamlError> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(parse));
    std::panic::set_hook(hook);
    result.unwrap_or_else(|payload| std::panic::resume_unwind(payload))
}

/// The documents of a text, and where compose's own tags are written in it.
pub type Documents = (Vec<Node>, Vec<(Pos, String)>);

/// Tags compose gives a meaning of its own in override files.
const COMPOSE_TAGS: [&str; 2] = ["!reset", "!override"];

fn documents(text: &str) -> Result<Documents, YamlError> {
    let mut parser = Parser::new();
    // In chunks: given the whole text at once, the parser decodes all of it ahead
    // into a buffer of 4-byte chars (64 MB for a 16 MiB file).
    parser.set_input(std::io::BufReader::with_capacity(64 << 10, text.as_bytes()));
    let mut b =
        Builder { text, parser, anchors: HashMap::new(), compose_tags: Vec::new(), last_line: 1, nodes: 0, depth: 0 };
    let mut docs = Vec::new();
    loop {
        let event = b.next()?;
        match event.data {
            EventData::StreamStart { .. } | EventData::DocumentEnd { .. } => continue,
            EventData::DocumentStart { version_directive, .. } => {
                // go-yaml, compose's parser, reads YAML 1.1 documents only.
                if let Some(v) = version_directive.filter(|v| (v.major, v.minor) != (1, 1)) {
                    return Err(YamlError {
                        pos: pos_of(event.start_mark),
                        message: format!(
                            "a %YAML {}.{} document, which compose refuses (it reads YAML 1.1): remove the %YAML line",
                            v.major, v.minor
                        ),
                    });
                }
                b.anchors.clear();
                let event = b.next()?;
                match event.data {
                    EventData::DocumentEnd { .. } => {
                        docs.push(Node { value: Value::Null, pos: pos_of(event.start_mark) })
                    }
                    _ => docs.push(b.node(event)?),
                }
            }
            EventData::StreamEnd => break,
            _ => docs.push(b.node(event)?),
        }
    }
    if docs.is_empty() {
        docs.push(Node { value: Value::Null, pos: Pos::new(1, 1) });
    }
    Ok((docs, b.compose_tags))
}

impl<'a> Builder<'a> {
    fn next(&mut self) -> Result<Event, YamlError> {
        let parser = &mut self.parser;
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| parser.parse())) {
            Ok(Ok(event)) => {
                self.last_line = event.start_mark.line as usize + 1;
                Ok(event)
            }
            Ok(Err(e)) => Err(scan_error(self.text, &e)),
            Err(_) => Err(YamlError {
                pos: Pos::new(self.last_line, 1),
                message: "invalid YAML: the YAML parser gave up here (a limit of libyaml-safer, not necessarily of the file): check it with `docker compose config`".into(),
            }),
        }
    }

    fn count(&mut self, pos: Pos, n: usize) -> Result<(), YamlError> {
        self.nodes += n;
        if self.nodes > MAX_NODES {
            return Err(YamlError {
                pos,
                message: format!(
                    "the document holds more than {MAX_NODES} values, berth's limit (aliases count once per use)"
                ),
            });
        }
        Ok(())
    }

    fn node(&mut self, event: Event) -> Result<Node, YamlError> {
        let pos = pos_of(event.start_mark);
        self.count(pos, 1)?;
        let tag = match &event.data {
            EventData::Scalar { tag, .. }
            | EventData::SequenceStart { tag, .. }
            | EventData::MappingStart { tag, .. } => tag.as_deref(),
            _ => None,
        };
        if let Some(tag) = tag.filter(|t| COMPOSE_TAGS.contains(t)) {
            self.compose_tags.push((pos, tag.to_string()));
        }
        let (node, anchor) = match event.data {
            EventData::Scalar { value, style, anchor, tag, .. } => {
                if style == ScalarStyle::DoubleQuoted {
                    let source = self.text.get(event.start_mark.index as usize..event.end_mark.index as usize);
                    if let Some(at) = source.and_then(slash_escape) {
                        let pos = Pos::new(pos.line, pos.col + at);
                        return Err(YamlError {
                            pos,
                            message: "invalid YAML: found unknown escape character '\\/' (compose's YAML 1.1 parser refuses it): write '/' alone".into(),
                        });
                    }
                }
                let quoted = !matches!(style, ScalarStyle::Plain) || tag.is_some();
                let value = if !quoted && matches!(&*value, "" | "~" | "null" | "Null" | "NULL") {
                    Value::Null
                } else {
                    Value::Scalar(value, quoted)
                };
                (Node { value, pos }, anchor)
            }
            EventData::Alias { anchor } => {
                let target = self.anchors.get(&anchor).cloned().ok_or_else(|| YamlError {
                    pos,
                    message: format!("alias *{anchor} refers to an unknown anchor"),
                })?;
                let size = subtree_size(&target);
                self.count(pos, size)?;
                return Ok(Node { pos, ..target });
            }
            EventData::SequenceStart { anchor, .. } => {
                self.enter(pos)?;
                let mut items = Vec::new();
                loop {
                    let event = self.next()?;
                    if matches!(event.data, EventData::SequenceEnd) {
                        break;
                    }
                    items.push(self.node(event)?);
                }
                self.depth -= 1;
                (Node { value: Value::Seq(items), pos }, anchor)
            }
            EventData::MappingStart { anchor, .. } => {
                self.enter(pos)?;
                let map = self.mapping(pos)?;
                self.depth -= 1;
                (map, anchor)
            }
            other => return Err(YamlError { pos, message: format!("invalid YAML: unexpected {other:?}") }),
        };
        if let Some(anchor) = anchor {
            self.anchors.insert(anchor, node.clone());
        }
        Ok(node)
    }

    fn enter(&mut self, pos: Pos) -> Result<(), YamlError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(YamlError { pos, message: format!("nesting deeper than {MAX_DEPTH} levels") });
        }
        Ok(())
    }

    fn mapping(&mut self, pos: Pos) -> Result<Node, YamlError> {
        let mut entries: Vec<(Node, Node)> = Vec::new();
        // Keys seen so far and their lines: a map of many keys is checked in linear time.
        let mut lines: HashMap<String, usize> = HashMap::new();
        let mut merges: Vec<Node> = Vec::new();
        loop {
            let event = self.next()?;
            if matches!(event.data, EventData::MappingEnd) {
                break;
            }
            let key = self.node(event)?;
            let event = self.next()?;
            let value = self.node(event)?;
            if matches!(&key.value, Value::Scalar(k, false) if k == "<<") {
                merges.push(value);
                continue;
            }
            if let Some(k) = key.scalar() {
                if let Some(first) = lines.insert(k.to_string(), key.pos.line) {
                    return Err(YamlError {
                        pos: key.pos,
                        message: format!("duplicate key '{k}' (first defined at line {first})"),
                    });
                }
            }
            entries.push((key, value));
        }
        // Keys written in the map win over merged ones; earlier merge sources win over later.
        for merge in merges {
            let sources = match merge.value {
                Value::Map(_) => vec![merge],
                Value::Seq(items) => items,
                _ => {
                    return Err(YamlError {
                        pos: merge.pos,
                        message: "merge key '<<' needs a map or a list of maps".into(),
                    })
                }
            };
            for source in sources {
                let Value::Map(extra) = source.value else {
                    return Err(YamlError {
                        pos: source.pos,
                        message: "merge key '<<' needs a map or a list of maps".into(),
                    });
                };
                for (k, v) in extra {
                    let new = match k.scalar() {
                        Some(name) => !lines.contains_key(name) && lines.insert(name.to_string(), k.pos.line).is_none(),
                        None => !entries.iter().any(|(e, _)| e.value == k.value),
                    };
                    if new {
                        entries.push((k, v));
                    }
                }
            }
        }
        Ok(Node { value: Value::Map(entries), pos })
    }
}

fn subtree_size(node: &Node) -> usize {
    1 + match &node.value {
        Value::Seq(items) => items.iter().map(subtree_size).sum(),
        Value::Map(entries) => entries.iter().map(|(k, v)| subtree_size(k) + subtree_size(v)).sum(),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_positions() {
        let doc = parse("a:\n  b: 1\n  c: [x, y]\n").unwrap();
        let b = doc.get("a").unwrap().get("b").unwrap();
        assert_eq!(b.pos, Pos::new(2, 6));
        assert_eq!(b.scalar(), Some("1"));
        let c = doc.get("a").unwrap().get("c").unwrap().as_seq().unwrap();
        assert_eq!(c[1].pos, Pos::new(3, 10));
    }

    #[test]
    fn anchors_and_merge_keys() {
        let doc = parse("x-common: &common\n  restart: always\n  image: a\nsvc:\n  <<: *common\n  image: b\n").unwrap();
        let svc = doc.get("svc").unwrap();
        assert_eq!(svc.get("image").unwrap().scalar(), Some("b"));
        assert_eq!(svc.get("restart").unwrap().scalar(), Some("always"));
    }

    #[test]
    fn merge_list_earlier_wins() {
        let doc = parse("a: &a {k: 1}\nb: &b {k: 2, j: 3}\nc:\n  <<: [*a, *b]\n").unwrap();
        let c = doc.get("c").unwrap();
        assert_eq!(c.get("k").unwrap().scalar(), Some("1"));
        assert_eq!(c.get("j").unwrap().scalar(), Some("3"));
    }

    #[test]
    fn duplicate_key_is_an_error() {
        let err = parse("a: 1\nb: 2\na: 3\n").unwrap_err();
        assert_eq!(err.pos, Pos::new(3, 1));
        assert!(err.message.contains("duplicate key 'a'"));
    }

    #[test]
    fn tab_indentation_is_reported_with_position() {
        let err = parse("services:\n\tweb: {}\n").unwrap_err();
        assert_eq!(err.pos.line, 2);
        assert!(err.message.contains("tab"), "{}", err.message);
    }

    #[test]
    fn a_tab_is_pointed_at_exactly_and_only_tabs_get_the_tab_hint() {
        let err = parse("services:\n\tweb: {}\n").unwrap_err();
        assert_eq!(err.pos, Pos::new(2, 1), "{}", err.message);
        assert!(err.message.ends_with("(YAML indentation must use spaces, not tabs)"), "{}", err.message);
        // An unprintable character is no tab, whatever the parser's words are.
        let err = parse("a: b\n\0").unwrap_err();
        assert_eq!(err.message, "invalid YAML: control characters are not allowed");
    }

    #[test]
    fn nesting_has_a_limit_with_a_located_error() {
        // Block and flow nesting alike: the parser itself limits neither.
        let deep = format!("{}x\n", "- ".repeat(8_000));
        let err = parse(&deep).unwrap_err();
        assert_eq!(err.message, format!("nesting deeper than {MAX_DEPTH} levels"));
        assert_eq!(err.pos, Pos::new(1, 2 * MAX_DEPTH + 1));
        let flow = format!("a: {}{}\n", "[".repeat(8_000), "]".repeat(8_000));
        assert_eq!(parse(&flow).unwrap_err().message, format!("nesting deeper than {MAX_DEPTH} levels"));
    }

    #[test]
    fn a_map_of_100_000_keys_and_its_duplicate_are_handled() {
        let mut text = String::new();
        for i in 0..100_000 {
            text.push_str(&format!("k{i}: v\n"));
        }
        assert_eq!(parse(&text).unwrap().as_map().unwrap().len(), 100_000);
        text.push_str("k5: again\n");
        let err = parse(&text).unwrap_err();
        assert_eq!(err.pos, Pos::new(100_001, 1));
        assert_eq!(err.message, "duplicate key 'k5' (first defined at line 6)");
    }

    #[test]
    fn a_block_scalar_ending_the_input_without_a_line_break_is_read() {
        // These made libyaml-safer 0.3 panic (found by cargo fuzz).
        let node = parse("a: |\n\n x\n\n\n y").unwrap();
        assert_eq!(node.get("a").and_then(Node::scalar), Some("\nx\n\n\ny\n"));
        // The fuzzer's input, through the parser without the panic guard: no panic once it ends a line.
        let fuzzed = "# \r\r\r|\r\r dj[obstarted\r\r\r doca`\n";
        assert!(std::panic::catch_unwind(|| documents(fuzzed)).is_ok());
        assert!(parse(&fuzzed[..fuzzed.len() - 1]).is_ok());
    }

    #[test]
    fn a_parser_panic_is_an_error_about_the_file() {
        // libyaml-safer 0.3 reaches a `panic!("TODO …")` for a tag followed by a comma in a flow list.
        let err = parse("a: b\nc: [!t, x]\n").unwrap_err();
        assert!(err.message.contains("gave up"), "{}", err.message);
        assert_eq!(err.pos.line, 2);
    }

    #[test]
    fn a_second_document_is_an_error_at_its_start() {
        let err = parse("a: 1\n---\nb: 2\n").unwrap_err();
        assert_eq!(err.pos.line, 3, "{}", err.message);
        assert!(err.message.starts_with("a second YAML document"), "{}", err.message);
        assert!(parse("---\na: 1\n...\n").is_ok());
    }

    #[test]
    fn broken_yaml_is_reported() {
        let err = parse("a: [1, 2\nb: 3\n").unwrap_err();
        assert!(err.message.starts_with("invalid YAML"), "{}", err.message);
    }

    #[test]
    fn alias_bomb_is_stopped() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..9 {
            let p = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        let err = parse(&text).unwrap_err();
        assert!(err.message.contains("aliases count once per use"), "{}", err.message);
    }

    #[test]
    fn null_forms_and_quoted_scalars() {
        let doc = parse("a:\nb: ~\nc: \"\"\nd: '1'\n").unwrap();
        assert!(doc.get("a").unwrap().is_null());
        assert!(doc.get("b").unwrap().is_null());
        assert_eq!(doc.get("c").unwrap().value, Value::Scalar(String::new(), true));
        assert_eq!(doc.get("d").unwrap().value, Value::Scalar("1".into(), true));
    }
}

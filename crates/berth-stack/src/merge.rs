//! Several stack files as one (`-f base.yaml -f override.yaml`, `compose.override.yaml`):
//! the later file's values merged into the earlier one's with compose v2's rules.
//!
//! Maps merge key by key, scalars are replaced, lists are appended with one entry
//! per identity (a volume's target, a port's binding, an env file's path …, the later
//! entry winning). `command`, `entrypoint` and `healthcheck.test` are replaced whole;
//! `environment`, `labels`, `build.args`, `sysctls`, `extra_hosts` merge by name in
//! either form; `depends_on` and `networks` merge as maps; `logging` with another
//! driver is replaced. Each expected result in the tests is what Docker Compose
//! v2.40.3 yields for the same two files.

use super::yaml::{Node, Value};

/// Stamps every node of a file's tree with the file's index among the stack's files.
pub fn set_source(node: &mut Node, src: u16) {
    node.pos.src = src;
    match &mut node.value {
        Value::Seq(items) => items.iter_mut().for_each(|n| set_source(n, src)),
        Value::Map(entries) => entries.iter_mut().for_each(|(k, v)| {
            set_source(k, src);
            set_source(v, src)
        }),
        _ => {}
    }
}

/// Merges the file `over` into `base` (the whole stack file).
pub fn merge_files(base: &mut Node, over: Node) {
    merge(base, over, &mut Vec::new());
}

/// Merges a service's own definition over the one it `extends`.
pub fn merge_service(base: &mut Node, over: Node) {
    merge(base, over, &mut vec!["services".to_string(), "*".to_string()]);
}

/// `path` holds the keys from the top to `base`, with `*` for a service's name.
fn merge(base: &mut Node, over: Node, path: &mut Vec<String>) {
    let rule = rule_for(path);
    match rule {
        Rule::Replace => *base = over,
        Rule::ByName => {
            let (mut b, o) = (as_named_map(base), as_named_map(&over));
            merge_maps(&mut b, o, path);
            *base = b;
        }
        Rule::Logging => {
            let driver = |n: &Node| n.get("driver").and_then(Node::scalar).map(str::to_string);
            match (driver(base), driver(&over)) {
                (Some(a), Some(b)) if a != b => *base = over,
                _ => merge_default(base, over, path),
            }
        }
        Rule::Default => merge_default(base, over, path),
    }
}

fn merge_default(base: &mut Node, over: Node, path: &mut Vec<String>) {
    match (&mut base.value, over.value) {
        (Value::Map(_), Value::Map(entries)) => {
            merge_maps(base, Node { value: Value::Map(entries), pos: over.pos }, path)
        }
        (Value::Seq(items), Value::Seq(more)) => {
            items.extend(more);
            let identity = identity_for(path);
            dedup_keep_last(items, identity);
        }
        (_, value) => *base = Node { value, pos: over.pos },
    }
}

fn merge_maps(base: &mut Node, over: Node, path: &mut Vec<String>) {
    let Value::Map(more) = over.value else { return };
    let Value::Map(entries) = &mut base.value else {
        *base = Node { value: Value::Map(more), pos: over.pos };
        return;
    };
    for (key, value) in more {
        let name = key.scalar().unwrap_or_default().to_string();
        match entries.iter_mut().find(|(k, _)| k.scalar() == Some(&name)) {
            Some((_, existing)) => {
                let step = if path.len() == 1 && path[0] == "services" { "*".to_string() } else { name };
                path.push(step);
                merge(existing, value, path);
                path.pop();
            }
            None => entries.push((key, value)),
        }
    }
}

enum Rule {
    Replace,
    /// A map, or a list of `NAME=VALUE` / `NAME` entries: merged by name.
    ByName,
    Logging,
    Default,
}

fn rule_for(path: &[String]) -> Rule {
    let parts: Vec<&str> = path.iter().map(String::as_str).collect();
    match parts.as_slice() {
        ["services", "*", "command" | "entrypoint"] | ["services", "*", "healthcheck", "test"] => Rule::Replace,
        ["services", "*", "environment" | "labels" | "sysctls" | "extra_hosts" | "annotations"]
        | ["services", "*", "build", "args" | "labels"]
        | ["services", "*", "depends_on" | "networks"]
        | ["networks" | "volumes", _, "labels"] => Rule::ByName,
        ["services", "*", "logging"] => Rule::Logging,
        _ => Rule::Default,
    }
}

/// A list's entries are the same entry when these keys are equal.
fn identity_for(path: &[String]) -> fn(&Node) -> Option<String> {
    let parts: Vec<&str> = path.iter().map(String::as_str).collect();
    match parts.as_slice() {
        ["services", "*", "volumes"] => volume_target,
        ["services", "*", "secrets" | "configs"] => file_target,
        ["services", "*", "env_file"] => |n| n.scalar().map(str::to_string).or_else(|| scalar_at(n, "path")),
        ["services", "*", "devices"] => |n| n.scalar().map(|s| s.split(':').nth(1).unwrap_or(s).to_string()),
        ["services", "*", "ports"] => port_binding,
        _ => |n| n.scalar().map(str::to_string),
    }
}

fn scalar_at(node: &Node, key: &str) -> Option<String> {
    node.get(key).and_then(Node::scalar).map(str::to_string)
}

fn volume_target(n: &Node) -> Option<String> {
    match n.scalar() {
        Some(short) => {
            let parts: Vec<&str> = short.split(':').collect();
            Some(if parts.len() == 1 { parts[0] } else { parts[1] }.to_string())
        }
        None => scalar_at(n, "target"),
    }
}

fn file_target(n: &Node) -> Option<String> {
    n.scalar().map(str::to_string).or_else(|| scalar_at(n, "target").or_else(|| scalar_at(n, "source")))
}

fn port_binding(n: &Node) -> Option<String> {
    match n.scalar() {
        Some(short) => Some(short.to_string()),
        None => Some(format!(
            "{}:{}:{}/{}",
            scalar_at(n, "host_ip").unwrap_or_default(),
            scalar_at(n, "published").unwrap_or_default(),
            scalar_at(n, "target").unwrap_or_default(),
            scalar_at(n, "protocol").unwrap_or_else(|| "tcp".into())
        )),
    }
}

/// Keeps each identity once, where it first appeared, with the value it was given last.
fn dedup_keep_last(items: &mut Vec<Node>, identity: fn(&Node) -> Option<String>) {
    let mut first: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut out: Vec<Node> = Vec::with_capacity(items.len());
    for item in items.drain(..) {
        match identity(&item) {
            Some(id) => match first.get(&id) {
                Some(&at) => out[at] = item,
                None => {
                    first.insert(id, out.len());
                    out.push(item);
                }
            },
            None => out.push(item),
        }
    }
    *items = out;
}

/// A map as written, or a list's `NAME=VALUE` (`NAME:IP` for hosts, `NAME` alone) entries as one.
fn as_named_map(node: &Node) -> Node {
    let Some(items) = node.as_seq() else { return node.clone() };
    let entries = items
        .iter()
        .map(|item| {
            let text = item.scalar().unwrap_or_default();
            let split = text.split_once('=').or_else(|| text.split_once(':'));
            let (name, value) = match split {
                Some((k, v)) => (k, Value::Scalar(v.to_string(), true)),
                None => (text, Value::Null),
            };
            (Node { value: Value::Scalar(name.to_string(), true), pos: item.pos }, Node { value, pos: item.pos })
        })
        .collect();
    Node { value: Value::Map(entries), pos: node.pos }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml;

    /// Both files merged, as JSON (the same shape compose's merge is compared in).
    fn merged(base: &str, over: &str) -> serde_json::Value {
        let mut a = yaml::parse(base).unwrap();
        merge_files(&mut a, yaml::parse(over).unwrap());
        json(&a)
    }

    fn json(n: &Node) -> serde_json::Value {
        match &n.value {
            Value::Null => serde_json::Value::Null,
            Value::Scalar(s, _) => serde_json::Value::String(s.clone()),
            Value::Seq(items) => items.iter().map(json).collect(),
            Value::Map(entries) => {
                entries.iter().map(|(k, v)| (k.scalar().unwrap_or_default().to_string(), json(v))).collect()
            }
        }
    }

    fn service(base: &str, over: &str) -> serde_json::Value {
        merged(&format!("services:\n  s:\n{base}"), &format!("services:\n  s:\n{over}"))["services"]["s"].clone()
    }

    #[test]
    fn scalars_are_replaced_and_new_keys_added() {
        let s = service("    image: a\n    user: '1'\n", "    image: b\n    working_dir: /w\n");
        assert_eq!(s, serde_json::json!({"image": "b", "user": "1", "working_dir": "/w"}));
    }

    #[test]
    fn command_entrypoint_and_healthcheck_test_are_replaced_whole() {
        let s = service(
            "    command: [a, b]\n    entrypoint: [x]\n    healthcheck: {test: [CMD, a], retries: 3}\n",
            "    command: [c]\n    entrypoint: [y, z]\n    healthcheck: {test: [CMD, b]}\n",
        );
        assert_eq!(s["command"], serde_json::json!(["c"]));
        assert_eq!(s["entrypoint"], serde_json::json!(["y", "z"]));
        assert_eq!(s["healthcheck"], serde_json::json!({"test": ["CMD", "b"], "retries": "3"}));
    }

    #[test]
    fn environment_merges_by_name_across_forms() {
        let s = service("    environment: [A=1, B=2, C]\n", "    environment:\n      B: three\n      D: '4'\n");
        assert_eq!(s["environment"], serde_json::json!({"A": "1", "B": "three", "C": null, "D": "4"}));
        let s = service("    labels: {a: '1'}\n", "    labels: [a=2, b=3]\n");
        assert_eq!(s["labels"], serde_json::json!({"a": "2", "b": "3"}));
    }

    #[test]
    fn ports_append_without_repeating_a_binding() {
        let s = service("    ports: ['8080:80', '9000']\n", "    ports: ['8080:80', '5432:5432']\n");
        assert_eq!(s["ports"], serde_json::json!(["8080:80", "9000", "5432:5432"]));
    }

    #[test]
    fn volumes_merge_by_target() {
        let s = service(
            "    volumes: ['./a:/data', 'v:/v']\n",
            "    volumes: ['./b:/data:ro', {type: tmpfs, target: /t}]\n",
        );
        assert_eq!(s["volumes"], serde_json::json!(["./b:/data:ro", "v:/v", {"type": "tmpfs", "target": "/t"}]));
    }

    #[test]
    fn depends_on_and_networks_merge_as_maps() {
        let s = service(
            "    depends_on: [db]\n    networks: [front]\n",
            "    depends_on: {cache: {condition: service_healthy}}\n    networks: {back: {aliases: [b]}}\n",
        );
        assert_eq!(s["depends_on"], serde_json::json!({"db": null, "cache": {"condition": "service_healthy"}}));
        assert_eq!(s["networks"], serde_json::json!({"front": null, "back": {"aliases": ["b"]}}));
    }

    #[test]
    fn string_lists_union() {
        let s = service(
            "    dns: [1.1.1.1]\n    cap_add: [NET_ADMIN]\n",
            "    dns: [8.8.8.8, 1.1.1.1]\n    cap_add: [SYS_TIME]\n",
        );
        assert_eq!(s["dns"], serde_json::json!(["1.1.1.1", "8.8.8.8"]));
        assert_eq!(s["cap_add"], serde_json::json!(["NET_ADMIN", "SYS_TIME"]));
    }

    #[test]
    fn logging_with_another_driver_is_replaced() {
        let s = service(
            "    logging: {driver: json-file, options: {max-size: 1m}}\n",
            "    logging: {driver: local, options: {max-file: '2'}}\n",
        );
        assert_eq!(s["logging"], serde_json::json!({"driver": "local", "options": {"max-file": "2"}}));
        let s = service(
            "    logging: {driver: json-file, options: {max-size: 1m}}\n",
            "    logging: {options: {max-file: '2'}}\n",
        );
        assert_eq!(
            s["logging"],
            serde_json::json!({"driver": "json-file", "options": {"max-size": "1m", "max-file": "2"}})
        );
    }

    #[test]
    fn new_services_and_top_level_sections_are_added() {
        let m = merged("services: {a: {image: x}}\n", "services: {b: {image: y}}\nvolumes: {data: {}}\n");
        assert_eq!(
            m,
            serde_json::json!({"services": {"a": {"image": "x"}, "b": {"image": "y"}}, "volumes": {"data": {}}})
        );
    }

    #[test]
    fn build_args_merge_by_name() {
        let s = service("    build: {context: ., args: [A=1]}\n", "    build: {args: {B: '2'}, target: t}\n");
        assert_eq!(s["build"], serde_json::json!({"context": ".", "args": {"A": "1", "B": "2"}, "target": "t"}));
    }
}

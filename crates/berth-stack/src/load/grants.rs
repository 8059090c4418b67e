//! Service-level `secrets:` and `configs:`: files the container gets at run time,
//! where compose puts them — `/run/secrets/NAME` for a secret, `/NAME` for a config,
//! or the `target` given. A file source is bind-mounted read-only; an environment
//! or `content:` source is copied into the container before it starts.

use super::context::Cx;
use crate::model::ContainerFile;
use crate::yaml::Node;

/// The grants of one service's `secrets:` (`kind` "secret") or `configs:` list.
pub(crate) fn grants(cx: &mut Cx, node: &Node, kind: &str) -> Vec<ContainerFile> {
    let what = format!("{kind}s");
    let Some(items) = node.as_seq() else {
        cx.error(node.pos, format!("{what} must be a list of names or {{source, target, uid, gid, mode}}"));
        return Vec::new();
    };
    let mut out = Vec::new();
    for item in items {
        let (mut source, mut target, mut uid, mut gid, mut mode) = (None, None, None, None, None);
        if item.as_map().is_some() {
            for (k, v) in cx.entries(item, &what, &["source", "target", "uid", "gid", "mode"], &[]) {
                let field = format!("{what}.{k}");
                match k {
                    "source" => source = cx.string(v, &field),
                    "target" => target = cx.string(v, &field),
                    "uid" => uid = cx.number::<u32>(v, &field),
                    "gid" => gid = cx.number::<u32>(v, &field),
                    _ => mode = file_mode(cx, v, &field),
                }
            }
        } else {
            source = cx.string(item, &what);
        }
        let Some(name) = source else {
            cx.error(item.pos, format!("a {kind} needs 'source', the name of a top-level {kind}"));
            continue;
        };
        let Some(declared) = cx.declared(kind, &name).cloned() else {
            if !(kind == "secret" && cx.declared_in_error(&name)) {
                cx.error(item.pos, format!("{kind} '{name}' is not declared under the top-level '{what}:'"));
            }
            continue;
        };
        let target = match target {
            Some(t) if t.starts_with('/') => t,
            Some(t) if kind == "secret" => format!("/run/secrets/{t}"),
            Some(t) => format!("/{t}"),
            None if kind == "secret" => format!("/run/secrets/{name}"),
            None => format!("/{name}"),
        };
        out.push(ContainerFile { name, source: declared, target, uid, gid, mode, secret: kind == "secret" });
    }
    out
}

/// A mode as YAML writes it: `0400` (octal, as compose reads a leading zero) or `256`.
fn file_mode(cx: &mut Cx, node: &Node, what: &str) -> Option<u32> {
    let text = node.scalar().unwrap_or_default();
    let parsed = match text.strip_prefix("0o").or_else(|| text.strip_prefix('0').filter(|r| !r.is_empty())) {
        Some(octal) => u32::from_str_radix(octal, 8).ok(),
        None => text.parse::<u32>().ok(),
    };
    match parsed {
        Some(mode) if mode <= 0o7777 => Some(mode),
        _ => {
            cx.error(node.pos, format!("{what} must be a file mode such as 0400 or 0o644 (got '{text}')"));
            None
        }
    }
}

//! The values of a service's `host_env`: text with `{host}` (where published ports are
//! reached from here), `{port}` (the host port of its first published port) and
//! `{port:N}` (the host port container port N is published on). `{{` and `}}` are
//! literal braces. Parsed at load time so a typo is an error with its position.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Host,
    /// None: the first published TCP port.
    Port(Option<u16>),
}

pub fn parse(template: &str) -> Result<Vec<Piece>, String> {
    let mut pieces = Vec::new();
    let mut text = String::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                text.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                text.push('}');
            }
            '{' => {
                let name: String = chars.by_ref().take_while(|c| *c != '}').collect();
                let piece = match name.as_str() {
                    "host" => Piece::Host,
                    "port" => Piece::Port(None),
                    other => match other.strip_prefix("port:").map(str::parse::<u16>) {
                        Some(Ok(port)) => Piece::Port(Some(port)),
                        _ => {
                            return Err(format!(
                                "unknown placeholder {{{other}}}: use {{host}}, {{port}} or {{port:CONTAINER_PORT}} ({{{{ for a brace)"
                            ))
                        }
                    },
                };
                if !text.is_empty() {
                    pieces.push(Piece::Text(std::mem::take(&mut text)));
                }
                pieces.push(piece);
            }
            '}' => return Err("a lone '}': write }} for a brace".into()),
            other => text.push(other),
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Ok(pieces)
}

/// The value with `host` and the ports filled in; Err names a container port that is not
/// published.
pub fn render(pieces: &[Piece], host: &str, port: impl Fn(Option<u16>) -> Option<u16>) -> Result<String, String> {
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Host => out.push_str(host),
            Piece::Port(which) => match port(*which) {
                Some(p) => out.push_str(&p.to_string()),
                None => {
                    return Err(match which {
                        Some(n) => format!("container port {n} is not published"),
                        None => "it publishes no TCP port".to_string(),
                    })
                }
            },
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_and_escaped_braces() {
        let pieces = parse("http://{host}:{port:9000}/api?q={{x}}&p={port}").unwrap();
        let value = render(&pieces, "127.0.0.1", |p| match p {
            Some(9000) => Some(19000),
            None => Some(18000),
            _ => None,
        })
        .unwrap();
        assert_eq!(value, "http://127.0.0.1:19000/api?q={x}&p=18000");
    }

    #[test]
    fn a_typo_or_a_lone_brace_is_an_error_and_an_unpublished_port_is_named() {
        assert!(parse("{hots}").unwrap_err().contains("unknown placeholder {hots}"));
        assert!(parse("{port:http}").unwrap_err().contains("unknown placeholder {port:http}"));
        assert!(parse("a}b").unwrap_err().contains("lone '}'"));
        let pieces = parse("{port:5432}").unwrap();
        assert_eq!(render(&pieces, "h", |_| None).unwrap_err(), "container port 5432 is not published");
    }
}

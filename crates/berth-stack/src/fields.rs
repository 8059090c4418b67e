//! Parsers for the small string languages inside a stack file: ports,
//! volume specs, durations, shell-style command lines.

use std::time::Duration;

use super::model::Protocol;

/// One published port range before it is expanded: `[ip:][host[-end]:]container[-end][/proto]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortSpec {
    pub host_ip: Option<String>,
    pub host: Option<(u16, u16)>,
    pub container: (u16, u16),
    pub protocol: Protocol,
}

impl PortSpec {
    /// Pairs of (host port, container port), one per port in the range.
    pub fn expand(&self) -> Vec<(Option<u16>, u16)> {
        let (c0, c1) = self.container;
        (c0..=c1).map(|c| (self.host.map(|(h0, _)| h0 + (c - c0)), c)).collect()
    }

    /// The last host port the engine may choose from when a host range serves one
    /// container port (`8000-8001:80`).
    pub fn host_choice_last(&self) -> Option<u16> {
        let (h0, h1) = self.host?;
        (self.container.0 == self.container.1 && h1 > h0).then_some(h1)
    }
}

fn port_range(text: &str) -> Result<(u16, u16), String> {
    let one = |s: &str| -> Result<u16, String> {
        match s.parse::<u16>() {
            Ok(0) | Err(_) => Err(format!("'{s}' is not a port number (1-65535)")),
            Ok(p) => Ok(p),
        }
    };
    match text.split_once('-') {
        Some((a, b)) => {
            let (a, b) = (one(a)?, one(b)?);
            if b < a {
                return Err(format!("port range '{text}' ends before it starts"));
            }
            Ok((a, b))
        }
        None => one(text).map(|p| (p, p)),
    }
}

/// `tcp`, `udp` or `sctp`, in any case (`/UDP` is read as compose reads it).
pub fn protocol(text: &str) -> Result<Protocol, String> {
    match text.to_ascii_lowercase().as_str() {
        "tcp" => Ok(Protocol::Tcp),
        "udp" => Ok(Protocol::Udp),
        "sctp" => Ok(Protocol::Sctp),
        _ => Err(format!("unknown protocol '{text}' (expected tcp, udp or sctp)")),
    }
}

/// A published port's host address must be an IP address, as the engine requires.
pub fn host_ip(ip: &str, port: &str) -> Result<(), String> {
    ip.parse::<std::net::IpAddr>().map(|_| ()).map_err(|_| format!("invalid host IP '{ip}' in port '{port}'"))
}

/// The short port syntax of compose.
pub fn port_short(text: &str) -> Result<PortSpec, String> {
    let (rest, proto) = match text.rsplit_once('/') {
        Some((rest, p)) => (rest, protocol(p)?),
        None => (text, Protocol::Tcp),
    };
    // An IPv6 host address is bracketed: [::1]:6001:6001
    let (host_ip, rest) = if let Some(stripped) = rest.strip_prefix('[') {
        let (ip, tail) = stripped.split_once("]:").ok_or_else(|| format!("malformed IPv6 address in port '{text}'"))?;
        (Some(ip.to_string()), tail)
    } else {
        let parts: Vec<&str> = rest.split(':').collect();
        if parts.len() == 3 {
            (Some(parts[0].to_string()), &rest[parts[0].len() + 1..])
        } else {
            (None, rest)
        }
    };
    let parts: Vec<&str> = rest.split(':').collect();
    let (host, container) = match parts.as_slice() {
        [c] => (None, port_range(c)?),
        ["", c] => (None, port_range(c)?),
        [h, c] => (Some(port_range(h)?), port_range(c)?),
        _ => return Err(format!("malformed port '{text}': expected [IP:][HOST:]CONTAINER[/PROTOCOL]")),
    };
    // A host range for one container port lets the engine pick a free one, as compose does.
    if let Some((h0, h1)) = host {
        if h1 - h0 != container.1 - container.0 && container.0 != container.1 {
            return Err(format!("port '{text}': the host range and the container range differ in size"));
        }
    }
    let host_ip = host_ip.filter(|ip| !ip.is_empty());
    if let Some(ip) = &host_ip {
        self::host_ip(ip, text)?;
    }
    Ok(PortSpec { host_ip, host, container, protocol: proto })
}

/// A path inside the container as compose hands it to the engine: `.` and `..` resolved,
/// doubled and trailing slashes dropped (`/data/` → `/data`), as Go's `path.Clean` does.
pub fn clean_container_path(text: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in text.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|p| *p != "..") {
                    parts.pop();
                } else if !text.starts_with('/') {
                    parts.push("..");
                }
            }
            _ => parts.push(part),
        }
    }
    let joined = parts.join("/");
    match (text.starts_with('/'), joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".to_string(),
        (false, false) => joined,
    }
}

pub fn port_range_text(text: &str) -> Result<(u16, u16), String> {
    port_range(text)
}

/// A number type a stack or seed file may hold, with the range its error names.
pub trait Number: std::str::FromStr {
    const RANGE: &'static str;
}

impl Number for u16 {
    const RANGE: &'static str = "a whole number from 0 to 65535";
}
impl Number for u32 {
    const RANGE: &'static str = "a whole number from 0 to 4294967295";
}
impl Number for u64 {
    const RANGE: &'static str = "a whole number from 0 to 18446744073709551615";
}
impl Number for usize {
    const RANGE: &'static str = "a whole number from 0 to 18446744073709551615";
}
impl Number for i32 {
    const RANGE: &'static str = "a whole number from -2147483648 to 2147483647";
}
impl Number for i64 {
    const RANGE: &'static str = "a whole number from -9223372036854775808 to 9223372036854775807";
}
impl Number for f64 {
    const RANGE: &'static str = "a number";
}

/// Parses a number, or says what was expected: "must be a whole number from 0 to 65535 (got '-1')".
pub fn number<T: Number>(text: &str) -> Result<T, String> {
    text.trim().parse::<T>().map_err(|_| format!("must be {} (got '{text}')", T::RANGE))
}

/// A size as compose and the Docker CLI read it (`2048`, `256m`, `1gb`, `1.5G`): powers of 1024.
pub fn bytes(text: &str) -> Result<i64, String> {
    let lower = text.trim().to_ascii_lowercase();
    let digits = lower.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(lower.len());
    let (number, unit) = lower.split_at(digits);
    let scale: f64 = match unit.trim() {
        "" | "b" => 1.0,
        "k" | "kb" | "kib" => 1024.0,
        "m" | "mb" | "mib" => 1024.0 * 1024.0,
        "g" | "gb" | "gib" => 1024.0 * 1024.0 * 1024.0,
        "t" | "tb" | "tib" => 1024.0_f64.powi(4),
        "p" | "pb" | "pib" => 1024.0_f64.powi(5),
        _ => return Err(format!("'{text}' is not a size (examples: 64m, 1g, 2048)")),
    };
    let value: f64 = number.parse().map_err(|_| format!("'{text}' is not a size (examples: 64m, 1g, 2048)"))?;
    let total = value * scale;
    if !(0.0..9.2e18).contains(&total) {
        return Err(format!("'{text}' is out of range for a size"));
    }
    Ok(total as i64)
}

/// The longest duration berth accepts (a year): beyond it a value is a typo, and
/// `Duration` itself overflows a little past 5.8e11 years.
pub const MAX_DURATION_SECS: f64 = 365.0 * 24.0 * 3600.0;

/// Durations as compose writes them: `1m30s`, `10s`, `500ms`, `1h`, `2.5s`; a bare number is seconds.
pub fn duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let in_range = |secs: f64| {
        if (0.0..=MAX_DURATION_SECS).contains(&secs) {
            Ok(Duration::from_secs_f64(secs))
        } else {
            Err(format!("'{text}' is out of range: a duration is between 0s and 8760h (a year)"))
        }
    };
    if let Ok(secs) = text.parse::<f64>() {
        if secs.is_finite() {
            return in_range(secs);
        }
    }
    let bad = || format!("'{text}' is not a duration (examples: 500ms, 10s, 1m30s)");
    let mut total = 0f64;
    let mut rest = text;
    if rest.is_empty() {
        return Err(bad());
    }
    while !rest.is_empty() {
        let num_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).ok_or_else(bad)?;
        if num_len == 0 {
            return Err(bad());
        }
        let value: f64 = rest[..num_len].parse().map_err(|_| bad())?;
        rest = &rest[num_len..];
        let unit_len = rest.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(rest.len());
        let scale = match &rest[..unit_len] {
            "ns" => 1e-9,
            "us" | "µs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return Err(bad()),
        };
        total += value * scale;
        rest = &rest[unit_len..];
    }
    in_range(total)
}

/// Splits a command line the way a POSIX shell would split words (quotes, backslashes), without expansion.
pub fn shell_words(text: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => word.push(c),
                        None => return Err(format!("unterminated ' in \"{text}\"")),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\' | '$' | '`')) => word.push(c),
                            Some(c) => {
                                word.push('\\');
                                word.push(c);
                            }
                            None => return Err(format!("unterminated \" in \"{text}\"")),
                        },
                        Some(c) => word.push(c),
                        None => return Err(format!("unterminated \" in \"{text}\"")),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(c) = chars.next() {
                    word.push(c);
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(ip: Option<&str>, host: Option<(u16, u16)>, c: (u16, u16), p: Protocol) -> PortSpec {
        PortSpec { host_ip: ip.map(str::to_string), host, container: c, protocol: p }
    }

    #[test]
    fn every_short_port_form() {
        use Protocol::*;
        assert_eq!(port_short("3000").unwrap(), spec(None, None, (3000, 3000), Tcp));
        assert_eq!(port_short("3000-3005").unwrap(), spec(None, None, (3000, 3005), Tcp));
        assert_eq!(port_short("8000:8000").unwrap(), spec(None, Some((8000, 8000)), (8000, 8000), Tcp));
        assert_eq!(port_short("9090-9091:8080-8081").unwrap(), spec(None, Some((9090, 9091)), (8080, 8081), Tcp));
        assert_eq!(
            port_short("127.0.0.1:4566:4566").unwrap(),
            spec(Some("127.0.0.1"), Some((4566, 4566)), (4566, 4566), Tcp)
        );
        assert_eq!(
            port_short("127.0.0.1:4510-4559:4510-4559").unwrap(),
            spec(Some("127.0.0.1"), Some((4510, 4559)), (4510, 4559), Tcp)
        );
        assert_eq!(port_short("127.0.0.1::5000").unwrap(), spec(Some("127.0.0.1"), None, (5000, 5000), Tcp));
        assert_eq!(port_short("6060:6060/udp").unwrap(), spec(None, Some((6060, 6060)), (6060, 6060), Udp));
        assert_eq!(port_short("[::1]:6001:6001").unwrap(), spec(Some("::1"), Some((6001, 6001)), (6001, 6001), Tcp));
    }

    #[test]
    fn port_ranges_expand_pairwise() {
        let s = port_short("4510-4512:5510-5512").unwrap();
        assert_eq!(s.expand(), vec![(Some(4510), 5510), (Some(4511), 5511), (Some(4512), 5512)]);
    }

    #[test]
    fn malformed_ports() {
        assert!(port_short("abc").unwrap_err().contains("not a port number"));
        assert!(port_short("70000:80").unwrap_err().contains("not a port number"));
        assert!(port_short("80:90/quic").unwrap_err().contains("unknown protocol 'quic' (expected tcp, udp or sctp)"));
        assert!(port_short("1:2:3:4").unwrap_err().contains("malformed port"));
        assert!(port_short("10-12:20-21").unwrap_err().contains("differ in size"));
    }

    #[test]
    fn container_paths_are_cleaned_as_compose_cleans_them() {
        // compose v2.40.3's `config` on the same targets.
        for (written, cleaned) in
            [("/data/", "/data"), ("/z//", "/z"), ("/c/./d", "/c/d"), ("/t/../u/", "/u"), ("/", "/"), ("/..", "/")]
        {
            assert_eq!(clean_container_path(written), cleaned, "{written}");
        }
        assert!(port_short("12-10").unwrap_err().contains("ends before"));
    }

    #[test]
    fn durations() {
        assert_eq!(duration("1m30s").unwrap(), Duration::from_secs(90));
        assert_eq!(duration("500ms").unwrap(), Duration::from_millis(500));
        assert_eq!(duration("2h").unwrap(), Duration::from_secs(7200));
        assert_eq!(duration("1.5s").unwrap(), Duration::from_millis(1500));
        assert_eq!(duration("10").unwrap(), Duration::from_secs(10));
        assert_eq!(duration("1h2m3s4ms").unwrap(), Duration::from_millis(3_723_004));
        assert!(duration("ten seconds").is_err());
        assert!(duration("5x").is_err());
        assert!(duration("").is_err());
    }

    #[test]
    fn sizes_read_as_compose_reads_them() {
        assert_eq!(bytes("2048"), Ok(2048));
        assert_eq!(bytes("256m"), Ok(256 << 20));
        assert_eq!(bytes("1gb"), Ok(1 << 30));
        assert_eq!(bytes("1.5G"), Ok(3 << 29));
        assert_eq!(bytes("64k"), Ok(64 << 10));
        assert!(bytes("lots").is_err());
        assert!(bytes("1e30").is_err());
    }

    #[test]
    fn durations_out_of_range_say_the_range() {
        for text in ["1e20", "-1", "99999999999h", "8761h"] {
            let e = duration(text).expect_err(text);
            assert_eq!(e, format!("'{text}' is out of range: a duration is between 0s and 8760h (a year)"));
        }
        assert_eq!(duration("8760h").unwrap(), Duration::from_secs(31_536_000));
    }

    #[test]
    fn shell_splitting() {
        assert_eq!(shell_words("redis-server --appendonly yes").unwrap(), ["redis-server", "--appendonly", "yes"]);
        assert_eq!(shell_words(r#"sh -c "echo 'a b' && exit 1""#).unwrap(), ["sh", "-c", "echo 'a b' && exit 1"]);
        assert_eq!(shell_words("a\\ b ''").unwrap(), ["a b", ""]);
        assert!(shell_words("echo 'open").is_err());
    }
}

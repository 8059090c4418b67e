//! Container output often carries ANSI colour codes: turn SGR sequences into
//! styles and drop every other escape, so a log line never moves the cursor.
//! String sequences (OSC hyperlinks and titles, DCS, APC, PM, SOS) are consumed
//! whole, payload included: a hyperlink shows its text, never its URL.

use ratatui::style::{Color, Modifier, Style};

/// The text of `line` split into runs of one style each.
pub fn parse(line: &str) -> Vec<(Style, String)> {
    let mut out: Vec<(Style, String)> = Vec::new();
    let mut style = Style::default();
    let mut current = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        // The 8-bit forms: CSI is ESC [, OSC ESC ], DCS ESC P, SOS ESC X, PM ESC ^, APC ESC _.
        let introducer = match c {
            '\x1b' => chars.next(),
            '\u{9b}' => Some('['),
            '\u{9d}' => Some(']'),
            '\u{90}' => Some('P'),
            '\u{98}' => Some('X'),
            '\u{9e}' => Some('^'),
            '\u{9f}' => Some('_'),
            '\t' => {
                current.push_str("    ");
                continue;
            }
            c if c.is_control() => continue,
            c => {
                current.push(c);
                continue;
            }
        };
        match introducer {
            Some('[') => {}
            Some(']' | 'P' | 'X' | '^' | '_') => {
                skip_string(&mut chars);
                continue;
            }
            // ESC, intermediate bytes, a final byte: charset choices such as `ESC ( B`.
            Some(' '..='/') => {
                while chars.next_if(|c| (' '..='/').contains(c)).is_some() {}
                chars.next();
                continue;
            }
            _ => continue,
        }
        let mut params = String::new();
        let mut terminator = None;
        for p in chars.by_ref() {
            // A CSI sequence ends with a byte from '@' to '~'.
            if ('@'..='~').contains(&p) {
                terminator = Some(p);
                break;
            }
            params.push(p);
        }
        if terminator != Some('m') {
            continue;
        }
        if !current.is_empty() {
            out.push((style, std::mem::take(&mut current)));
        }
        style = apply_sgr(style, &params);
    }
    if !current.is_empty() || out.is_empty() {
        out.push((style, current));
    }
    out
}

/// Consumes a string sequence up to its terminator: BEL, ST (ESC \\ or 0x9C), or the end of
/// the line when it never ends.
fn skip_string(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while let Some(c) = chars.next() {
        match c {
            '\x07' | '\u{9c}' => return,
            '\x1b' if chars.peek() == Some(&'\\') => {
                chars.next();
                return;
            }
            _ => {}
        }
    }
}

const BASIC: [Color; 8] =
    [Color::Black, Color::Red, Color::Green, Color::Yellow, Color::Blue, Color::Magenta, Color::Cyan, Color::Gray];
const BRIGHT: [Color; 8] = [
    Color::DarkGray,
    Color::LightRed,
    Color::LightGreen,
    Color::LightYellow,
    Color::LightBlue,
    Color::LightMagenta,
    Color::LightCyan,
    Color::White,
];

fn apply_sgr(mut style: Style, params: &str) -> Style {
    let codes: Vec<u16> =
        if params.is_empty() { vec![0] } else { params.split(';').map(|p| p.parse().unwrap_or(0)).collect() };
    let mut i = 0;
    while i < codes.len() {
        match codes[i] {
            0 => style = Style::default(),
            1 => style = style.add_modifier(Modifier::BOLD),
            2 => style = style.add_modifier(Modifier::DIM),
            3 => style = style.add_modifier(Modifier::ITALIC),
            4 | 21 => style = style.add_modifier(Modifier::UNDERLINED),
            5 => style = style.add_modifier(Modifier::SLOW_BLINK),
            6 => style = style.add_modifier(Modifier::RAPID_BLINK),
            7 => style = style.add_modifier(Modifier::REVERSED),
            8 => style = style.add_modifier(Modifier::HIDDEN),
            9 => style = style.add_modifier(Modifier::CROSSED_OUT),
            22 => style = style.remove_modifier(Modifier::BOLD | Modifier::DIM),
            23 => style = style.remove_modifier(Modifier::ITALIC),
            24 => style = style.remove_modifier(Modifier::UNDERLINED),
            25 => style = style.remove_modifier(Modifier::SLOW_BLINK | Modifier::RAPID_BLINK),
            27 => style = style.remove_modifier(Modifier::REVERSED),
            28 => style = style.remove_modifier(Modifier::HIDDEN),
            29 => style = style.remove_modifier(Modifier::CROSSED_OUT),
            c @ 30..=37 => style = style.fg(BASIC[usize::from(c - 30)]),
            39 => style.fg = None,
            c @ 40..=47 => style = style.bg(BASIC[usize::from(c - 40)]),
            49 => style.bg = None,
            c @ 90..=97 => style = style.fg(BRIGHT[usize::from(c - 90)]),
            c @ 100..=107 => style = style.bg(BRIGHT[usize::from(c - 100)]),
            c @ (38 | 48) => {
                let color = match codes.get(i + 1) {
                    Some(5) => {
                        i += 2;
                        codes.get(i).map(|n| Color::Indexed(u8::try_from(*n).unwrap_or(0)))
                    }
                    Some(2) => {
                        i += 4;
                        let rgb = |k: usize| codes.get(k).map(|v| u8::try_from(*v).unwrap_or(0)).unwrap_or(0);
                        Some(Color::Rgb(rgb(i - 2), rgb(i - 1), rgb(i)))
                    }
                    _ => None,
                };
                if let Some(color) = color {
                    style = if c == 38 { style.fg(color) } else { style.bg(color) };
                }
            }
            _ => {}
        }
        i += 1;
    }
    style
}

/// The line without any escape sequence, for searching and filtering.
pub fn plain(line: &str) -> String {
    parse(line).into_iter().map(|(_, s)| s).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_and_resets() {
        let runs = parse("\x1b[31mERROR\x1b[0m done \x1b[1;92mok\x1b[m");
        assert_eq!(runs[0], (Style::default().fg(Color::Red), "ERROR".to_string()));
        assert_eq!(runs[1], (Style::default(), " done ".to_string()));
        assert_eq!(runs[2], (Style::default().add_modifier(Modifier::BOLD).fg(Color::LightGreen), "ok".to_string()));
    }

    #[test]
    fn drops_cursor_movement_and_controls() {
        assert_eq!(plain("a\x1b[2Kb\x1b[1Ac\r"), "abc");
        assert_eq!(plain("\x1b[38;5;208morange\x1b[0m"), "orange");
        assert_eq!(parse("\x1b[38;2;1;2;3mx")[0].0, Style::default().fg(Color::Rgb(1, 2, 3)));
        assert_eq!(plain("a\x1b[?25lb\x1b[?1049hc\x1b(Bd"), "abcd");
    }

    #[test]
    fn osc_and_other_string_sequences_are_consumed_whole() {
        // A hyperlink as `ls --hyperlink` and many loggers write it, with BEL and with ST.
        let bel = "see \x1b]8;;https://example.test/docs\x07the docs\x1b]8;;\x07 now";
        assert_eq!(plain(bel), "see the docs now");
        let st = "see \x1b]8;id=1;https://example.test/a\x1b\\here\x1b]8;;\x1b\\.";
        assert_eq!(plain(st), "see here.");
        assert_eq!(plain("\x1b]0;window title\x07log line"), "log line");
        assert_eq!(plain("\x1bPq#0;2;0;0;0\x1b\\after"), "after");
        assert_eq!(plain("\x1b_apc payload\x1b\\x"), "x");
        assert_eq!(plain("\u{9d}8;;https://e.test\u{9c}link\u{9b}1mbold"), "linkbold");
        assert_eq!(plain("cut \x1b]8;;https://never-ended"), "cut ");
    }

    #[test]
    fn reverse_strikethrough_and_their_resets() {
        let runs = parse("\x1b[7mrev\x1b[27m \x1b[9mgone\x1b[29m ok");
        assert_eq!(runs[0], (Style::default().add_modifier(Modifier::REVERSED), "rev".to_string()));
        assert!(!runs[1].0.add_modifier.contains(Modifier::REVERSED));
        assert_eq!(runs[2].1, "gone");
        assert!(runs[2].0.add_modifier.contains(Modifier::CROSSED_OUT));
        assert!(!runs[2].0.add_modifier.contains(Modifier::REVERSED));
        assert!(!runs[3].0.add_modifier.contains(Modifier::CROSSED_OUT));
        assert_eq!(runs[3].1, " ok");
    }
}

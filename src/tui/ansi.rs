//! Container output often carries ANSI colour codes: turn SGR sequences into
//! styles and drop every other escape, so a log line never moves the cursor.

use ratatui::style::{Color, Modifier, Style};

/// The text of `line` split into runs of one style each.
pub fn parse(line: &str) -> Vec<(Style, String)> {
    let mut out: Vec<(Style, String)> = Vec::new();
    let mut style = Style::default();
    let mut current = String::new();
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\x1b' {
            if c == '\t' {
                current.push_str("    ");
            } else if !c.is_control() {
                current.push(c);
            }
            continue;
        }
        if chars.peek() != Some(&'[') {
            chars.next();
            continue;
        }
        chars.next();
        let mut params = String::new();
        let mut terminator = None;
        for p in chars.by_ref() {
            if p.is_ascii_alphabetic() || p == '~' {
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
            4 => style = style.add_modifier(Modifier::UNDERLINED),
            22 => style = style.remove_modifier(Modifier::BOLD | Modifier::DIM),
            23 => style = style.remove_modifier(Modifier::ITALIC),
            24 => style = style.remove_modifier(Modifier::UNDERLINED),
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
    }
}

//! Drawing the UI from the state: `view(&App, &mut Frame)`. Pure: no I/O, no clock, no locks.

use ratatui::layout::{Constraint, Direction, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Clear, Paragraph, Row, Table, Wrap};
use ratatui::Frame;

use super::ansi;
use super::app::{App, Overall, Overlay, Phase, ServiceRow};
use super::log_buffer::LogEntry;
use crate::engine::stats::human_bytes;
use crate::engine::ContainerState;

pub const KEYS: &[(&str, &str)] = &[
    ("↑/↓ j/k", "select a service"),
    ("PgUp/PgDn", "scroll the log (pauses follow)"),
    ("Home/End", "oldest line / follow again"),
    ("/", "search the log; n/N next older/newer match"),
    ("f", "show only matching lines"),
    ("Esc", "clear the search"),
    ("g", "all panes in a grid / one pane"),
    ("t", "timestamps"),
    ("w", "wrap long lines"),
    ("c", "clear the pane"),
    ("r", "restart the service"),
    ("s", "stop / start the service"),
    ("e", "a shell in the service (the UI comes back on exit)"),
    ("x", "run a command in the service (sh -c)"),
    ("S", "seed the fixtures again"),
    ("R", "reset the sandbox to its fixtures (asks first)"),
    ("?", "this help"),
    ("q", "quit (leave running, stop, or down)"),
    ("Ctrl-C ×2", "quit at once, stack left as it is"),
];

fn phase_style(phase: Phase) -> Style {
    match phase {
        Phase::Ready => Style::default().fg(Color::Green),
        Phase::Failed => Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
        Phase::Working => Style::default().fg(Color::Yellow),
        Phase::Pending => Style::default().fg(Color::DarkGray),
        Phase::Stopped => Style::default().fg(Color::Red),
    }
}

fn phase_mark(phase: Phase) -> &'static str {
    match phase {
        Phase::Ready => "●",
        Phase::Failed => "✗",
        Phase::Working => "◌",
        Phase::Pending => "·",
        Phase::Stopped => "■",
    }
}

fn clock(secs: u64) -> String {
    if secs >= 3600 {
        format!("{}:{:02}:{:02}", secs / 3600, (secs % 3600) / 60, secs % 60)
    } else {
        format!("{:02}:{:02}", secs / 60, secs % 60)
    }
}

fn uptime(app: &App, row: &ServiceRow) -> String {
    if row.state != ContainerState::Running {
        return "-".into();
    }
    row.started_at
        .as_deref()
        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
        .map(|t| {
            let secs = app.wall.signed_duration_since(t).num_seconds().max(0) as u64;
            if secs < 60 {
                format!("{secs}s")
            } else if secs < 3600 {
                format!("{}m{:02}s", secs / 60, secs % 60)
            } else {
                format!("{}h{:02}m", secs / 3600, (secs % 3600) / 60)
            }
        })
        .unwrap_or_else(|| "-".into())
}

/// Recent values as block characters, scaled to the largest (at least one core's 100 %, so
/// an idle service reads flat rather than noisy).
pub fn sparkline(values: &[f64], width: usize) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let shown = &values[values.len().saturating_sub(width)..];
    let top = shown.iter().copied().fold(100.0_f64, f64::max);
    shown.iter().map(|v| BARS[((v / top) * 7.0).round().clamp(0.0, 7.0) as usize]).collect()
}

fn bar(done: u64, total: u64, width: usize) -> String {
    let filled =
        if total == 0 { width } else { ((done.min(total) as f64 / total as f64) * width as f64).round() as usize };
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

pub fn view(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let table_height = (app.rows.len() as u16 + 3).min(area.height.saturating_sub(6)).max(4);
    let chunks = Layout::default()
        .direction(Direction::Vertical)
        .constraints([
            Constraint::Length(1),
            Constraint::Length(table_height),
            Constraint::Min(3),
            Constraint::Length(1),
        ])
        .split(area);
    header(app, frame, chunks[0]);
    services(app, frame, chunks[1]);
    if app.grid {
        grid(app, frame, chunks[2]);
    } else {
        let name = app.selected_name();
        log_pane(app, frame, chunks[2], name, true);
    }
    footer(app, frame, chunks[3]);
    match app.overlay {
        Some(Overlay::Help) => help(frame, area),
        Some(Overlay::ConfirmReset) => dialog(
            frame,
            area,
            "reset to fixtures",
            &[
                format!("Reset stack {} to its fixtures?", app.stack),
                "Extra objects, buckets, secrets, queues, rows and keys are deleted;".into(),
                "changed ones are restored.".into(),
                String::new(),
                "y  reset        any other key  cancel".into(),
            ],
        ),
        Some(Overlay::Quit) => dialog(
            frame,
            area,
            "quit",
            &[
                "Quit berth and".into(),
                String::new(),
                "Enter / l  leave the stack running".into(),
                "s          stop its containers".into(),
                "d          take it down (containers and networks)".into(),
                "Esc        stay".into(),
            ],
        ),
        None => {}
    }
}

fn header(app: &App, frame: &mut Frame, area: Rect) {
    let (label, color) = match app.overall() {
        Overall::Starting => ("starting", Color::Yellow),
        Overall::Ready => ("ready", Color::Green),
        Overall::Degraded => ("degraded", Color::Magenta),
        Overall::Failed => ("failed", Color::Red),
        Overall::Down => ("down", Color::DarkGray),
    };
    let elapsed = app.now.saturating_duration_since(app.started).as_secs();
    let mut spans = vec![
        Span::styled(" berth ", Style::default().add_modifier(Modifier::BOLD | Modifier::REVERSED)),
        Span::raw(format!(" stack {}  engine {}  {}  ", app.stack, app.engine, clock(elapsed))),
        Span::styled(format!("● {label}"), Style::default().fg(color).add_modifier(Modifier::BOLD)),
    ];
    if let Some(e) = &app.engine_error {
        spans.push(Span::styled(format!("  engine unreachable: {e} (retrying)"), Style::default().fg(Color::Red)));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Below this width the readiness column needs the room more than the cost columns do;
/// the selected service's cost is still in its log pane's title.
const USAGE_COLUMNS_FROM_WIDTH: u16 = 120;

fn services(app: &App, frame: &mut Frame, area: Rect) {
    let with_usage = area.width >= USAGE_COLUMNS_FROM_WIDTH;
    let rows: Vec<Row> = app
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let state = match (r.state, r.exit_code) {
                (ContainerState::Exited, Some(code)) => format!("exited ({code})"),
                _ => r.state_word().to_string(),
            };
            let mut reason = r.reason.clone();
            if let Some(p) = &r.progress {
                reason = format!("{} {} {}/{}", p.what, bar(p.done, p.total, 10), p.done, p.total);
            }
            let selected = if i == app.selected { "▶" } else { " " };
            let usage = app.usage.get(&r.name).and_then(|h| h.last);
            let style =
                if i == app.selected { Style::default().add_modifier(Modifier::BOLD) } else { Style::default() };
            let mut cells = vec![
                Cell::from(format!("{selected} {}", r.name)),
                Cell::from(Span::styled(format!("{} {state}", phase_mark(r.phase)), phase_style(r.phase))),
                Cell::from(Span::styled(reason, phase_style(r.phase))),
                Cell::from(
                    r.ports
                        .iter()
                        .map(|p| p.split("->").next().unwrap_or(p).rsplit(':').next().unwrap_or(p).to_string())
                        .collect::<Vec<_>>()
                        .join(","),
                ),
                Cell::from(uptime(app, r)),
                Cell::from(if r.is_step { "-".to_string() } else { r.restarts.to_string() }),
            ];
            if with_usage {
                cells.push(Cell::from(usage.map_or(String::new(), |u| format!("{:.1}%", u.cpu_percent))));
                cells.push(Cell::from(usage.map_or(String::new(), |u| human_bytes(u.memory_bytes))));
            }
            Row::new(cells).style(style)
        })
        .collect();
    let mut widths = vec![
        Constraint::Length(14),
        Constraint::Length(12),
        Constraint::Min(20),
        Constraint::Length(12),
        Constraint::Length(7),
        Constraint::Length(3),
    ];
    let mut titles = vec!["  SERVICE", "STATE", "READINESS", "PORTS", "UPTIME", "↻"];
    if with_usage {
        widths.extend([Constraint::Length(6), Constraint::Length(6)]);
        titles.extend(["CPU", "MEM"]);
    }
    let table = Table::new(rows, widths)
        .header(Row::new(titles).style(Style::default().add_modifier(Modifier::UNDERLINED)))
        .block(Block::default().borders(Borders::ALL).title(" services "));
    frame.render_widget(table, area);
}

fn grid(app: &App, frame: &mut Frame, area: Rect) {
    let names: Vec<&str> = app.rows.iter().filter(|r| !r.is_step).map(|r| r.name.as_str()).collect();
    if names.is_empty() {
        return;
    }
    let cols = if names.len() > 2 { 2 } else { 1 };
    let rows_n = names.len().div_ceil(cols);
    let row_areas = Layout::default()
        .direction(Direction::Vertical)
        .constraints(vec![Constraint::Ratio(1, rows_n as u32); rows_n])
        .split(area);
    for (r, row_area) in row_areas.iter().enumerate() {
        let col_areas = Layout::default()
            .direction(Direction::Horizontal)
            .constraints(vec![Constraint::Ratio(1, cols as u32); cols])
            .split(*row_area);
        for (c, cell) in col_areas.iter().enumerate() {
            if let Some(name) = names.get(r * cols + c) {
                log_pane(app, frame, *cell, name, *name == app.selected_name());
            }
        }
    }
}

/// A log line as styled spans: its ANSI colours, or search matches highlighted.
fn styled_line(app: &App, entry: &LogEntry) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    if app.timestamps {
        let ts = entry.timestamp.as_deref().and_then(|t| t.get(11..23)).unwrap_or("            ");
        spans.push(Span::styled(format!("{ts} "), Style::default().fg(Color::DarkGray)));
    }
    match app.search.as_deref().filter(|q| !q.is_empty() && app.matches(entry)) {
        Some(query) => {
            let text = ansi::plain(&entry.text);
            let lower = text.to_lowercase();
            let needle = query.to_lowercase();
            let mut at = 0;
            while let Some(pos) = lower[at..].find(&needle).map(|p| p + at) {
                // Lowercasing can change byte lengths; fall back to the plain line then.
                if !text.is_char_boundary(pos) || !text.is_char_boundary(pos + needle.len()) {
                    break;
                }
                spans.push(Span::raw(text[at..pos].to_string()));
                spans.push(Span::styled(
                    text[pos..pos + needle.len()].to_string(),
                    Style::default().bg(Color::Yellow).fg(Color::Black),
                ));
                at = pos + needle.len();
            }
            spans.push(Span::raw(text[at..].to_string()));
        }
        None => spans.extend(ansi::parse(&entry.text).into_iter().map(|(style, text)| Span::styled(text, style))),
    }
    Line::from(spans)
}

fn log_pane(app: &App, frame: &mut Frame, area: Rect, name: &str, focused: bool) {
    let row = app.rows.iter().find(|r| r.name == name);
    let state = row.map_or("", ServiceRow::state_word);
    let scroll = if focused { app.scroll } else { 0 };
    let mut title = format!(" {name} · {state} ");
    if scroll > 0 {
        title.push_str(&format!("· paused, {scroll} lines below (End follows) "));
    } else {
        title.push_str("· following ");
    }
    if let Some(history) = app.usage.get(name).filter(|h| focused && h.last.is_some()) {
        let cpu: Vec<f64> = history.cpu.iter().copied().collect();
        let last = cpu.last().copied().unwrap_or(0.0);
        let memory = history.last.map_or(0, |u| u.memory_bytes);
        title.push_str(&format!("· cpu {} {last:.1}% · mem {} ", sparkline(&cpu, 20), human_bytes(memory)));
    }
    if let (true, Some(q)) = (focused, &app.search) {
        title.push_str(&format!("· /{q}{} ", if app.filter { " (filtered)" } else { "" }));
    }
    let border = if focused { Style::default().fg(Color::Cyan) } else { Style::default() };
    let block = Block::default().borders(Borders::ALL).border_style(border).title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(buffer) = app.logs.get(name) else {
        let text = if row.is_some_and(|r| r.is_step) { "seeding has no log; its progress is in the table" } else { "" };
        frame.render_widget(Paragraph::new(text).style(Style::default().fg(Color::DarkGray)), inner);
        return;
    };
    let height = inner.height as usize;
    let keep = |e: &LogEntry| !app.filter || app.matches(e);
    let mut indexes = buffer.window(height, scroll, keep);
    if app.wrap && inner.width > 0 {
        // Keep the newest lines whole: drop from the top until the wrapped rows fit.
        let width = inner.width as usize;
        let rows =
            |i: &usize| buffer.get(*i).map_or(1, |e| ansi::plain(&e.text).chars().count().max(1).div_ceil(width));
        while indexes.iter().map(rows).sum::<usize>() > height && indexes.len() > 1 {
            indexes.remove(0);
        }
    }
    let lines: Vec<Line> = indexes.iter().filter_map(|i| buffer.get(*i)).map(|e| styled_line(app, e)).collect();
    let mut paragraph = Paragraph::new(lines);
    if app.wrap {
        paragraph = paragraph.wrap(Wrap { trim: false });
    }
    frame.render_widget(paragraph, inner);
}

fn footer(app: &App, frame: &mut Frame, area: Rect) {
    if let Some(text) = &app.typing {
        frame.render_widget(Paragraph::new(format!("/{text}▏  Enter search · Esc cancel")), area);
        return;
    }
    if let Some(text) = &app.command_line {
        let prompt = format!("run in {}: {text}▏  Enter run · Esc cancel", app.selected_name());
        frame.render_widget(Paragraph::new(prompt), area);
        return;
    }
    if let Some((text, error, _)) = &app.notice {
        let style = if *error {
            Style::default().fg(Color::Red).add_modifier(Modifier::BOLD)
        } else {
            Style::default().fg(Color::Cyan)
        };
        frame.render_widget(Paragraph::new(Span::styled(text.clone(), style)), area);
        return;
    }
    let is_step = app.rows.get(app.selected).is_some_and(|r| r.is_step);
    // Most needed first: a narrow terminal cuts the end.
    let mut keys = vec!["? help", "q quit", "↑↓ select", "/ search"];
    if app.search.is_some() {
        keys.extend(["n/N match", "f filter"]);
    }
    if !is_step {
        keys.extend(["r restart", "s stop/start", "e shell", "x run"]);
    }
    keys.extend(["S seed", "R reset", "g grid"]);
    frame.render_widget(Paragraph::new(keys.join(" · ")).style(Style::default().fg(Color::DarkGray)), area);
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h }
}

fn help(frame: &mut Frame, area: Rect) {
    let lines: Vec<Line> = KEYS
        .iter()
        .map(|(k, what)| {
            Line::from(vec![Span::styled(format!("{k:>11}  "), Style::default().fg(Color::Cyan)), Span::raw(*what)])
        })
        .collect();
    let rect = centered(area, 64, KEYS.len() as u16 + 2);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines).block(Block::default().borders(Borders::ALL).title(" keys · any key closes ")),
        rect,
    );
}

fn dialog(frame: &mut Frame, area: Rect, title: &str, lines: &[String]) {
    let width = lines.iter().map(|l| l.chars().count()).max().unwrap_or(20) as u16 + 4;
    let rect = centered(area, width, lines.len() as u16 + 2);
    frame.render_widget(Clear, rect);
    let text: Vec<Line> = lines.iter().map(|l| Line::from(l.clone())).collect();
    frame.render_widget(
        Paragraph::new(text).block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(Style::default().fg(Color::Yellow))
                .title(format!(" {title} ")),
        ),
        rect,
    );
}

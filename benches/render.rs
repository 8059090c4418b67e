//! Render cost of the log pane on ratatui's TestBackend: one frame with 100,000
//! lines held, scrolled to the newest, the middle and the oldest line, and a pane
//! holding one 90,000-character line. The frame time must not grow with the offset.

use criterion::{criterion_group, criterion_main, Criterion};
use ratatui::backend::TestBackend;
use ratatui::Terminal;

use berth::tui::app::{App, Msg};
use berth::tui::log_buffer::LogEntry;
use berth::tui::update::update;
use berth::tui::view::view;

fn app_with(lines: Vec<String>) -> App {
    let mut app = App::new("bench", "unix:///var/run/docker.sock", &["flood".to_string()], false, lines.len().max(1));
    let batch = lines.into_iter().map(|text| LogEntry { timestamp: None, text }).collect();
    update(&mut app, Msg::Logs { service: "flood".into(), lines: batch });
    app
}

fn render_cost(c: &mut Criterion) {
    let lines: Vec<String> = (0..100_000)
        .map(|i| format!("{i:>6} \x1b[32mINFO\x1b[0m request handled in {}ms path=/store/products", i % 97))
        .collect();
    let mut app = app_with(lines);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test backend");
    for offset in [0usize, 50_000, 99_999] {
        app.scroll = offset;
        c.bench_function(&format!("frame, 100k lines, offset {offset}"), |b| {
            b.iter(|| {
                terminal.draw(|f| view(&app, f)).expect("draw");
            })
        });
    }
    let mut long = app_with(vec!["x".repeat(90_000)]);
    c.bench_function("frame, one 90,000-character line", |b| {
        b.iter(|| {
            terminal.draw(|f| view(&long, f)).expect("draw");
        })
    });
    long.wrap = true;
    c.bench_function("frame, one 90,000-character line, wrapped", |b| {
        b.iter(|| {
            terminal.draw(|f| view(&long, f)).expect("draw");
        })
    });
}

criterion_group!(benches, render_cost);
criterion_main!(benches);

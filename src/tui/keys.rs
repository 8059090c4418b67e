//! What each key does: navigation, search, the log pane's modes, actions on the selected
//! service, and the overlays (help, reset confirmation, quit).

use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::app::{App, Command, HandOver, Overlay, QuitChoice};
use crate::engine::ContainerState;

pub(super) fn on_key(app: &mut App, key: KeyEvent) -> Vec<Command> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == KeyCode::Char('c') && app.interrupted {
        // The second Ctrl-C does not wait for the up to wind down.
        app.quit = Some(QuitChoice::Interrupted);
        return vec![Command::Quit(QuitChoice::Interrupted)];
    }
    if ctrl && key.code == KeyCode::Char('c') && app.up_running {
        app.interrupted = true;
        app.notify("interrupted: stopping the up (Ctrl-C again to quit at once)", true);
        return vec![Command::CancelUp];
    }
    if ctrl && key.code == KeyCode::Char('c') {
        // Twice within two seconds: leave at once, stack as it is.
        if app.ctrl_c.is_some_and(|t| app.now.duration_since(t) < Duration::from_secs(2)) {
            app.quit = Some(QuitChoice::LeaveRunning);
            return vec![Command::Quit(QuitChoice::LeaveRunning)];
        }
        app.ctrl_c = Some(app.now);
        app.notify("press Ctrl-C again to quit (the stack keeps running)", false);
        return Vec::new();
    }
    if let Some(text) = app.typing.as_mut() {
        match edit_line(text, key.code) {
            Line::Done => {
                let query = app.typing.take().unwrap_or_default();
                app.search = (!query.is_empty()).then_some(query);
                jump_to_match(app, true);
            }
            Line::Cancelled => app.typing = None,
            Line::Editing => {}
        }
        return Vec::new();
    }
    if let Some(text) = app.command_line.as_mut() {
        match edit_line(text, key.code) {
            Line::Done => {
                let command = app.command_line.take().unwrap_or_default();
                if !command.trim().is_empty() {
                    let service = app.selected_name().to_string();
                    return vec![Command::HandOver(HandOver::Run { service, command })];
                }
            }
            Line::Cancelled => app.command_line = None,
            Line::Editing => {}
        }
        return Vec::new();
    }
    match app.overlay {
        Some(Overlay::Help) => {
            app.overlay = None;
            return Vec::new();
        }
        Some(Overlay::ConfirmReset) => {
            app.overlay = None;
            if matches!(key.code, KeyCode::Char('y') | KeyCode::Char('Y')) {
                app.notify("resetting to fixtures…", false);
                return vec![Command::Reset];
            }
            app.notify("reset cancelled", false);
            return Vec::new();
        }
        Some(Overlay::Quit) => {
            let choice = match key.code {
                KeyCode::Enter | KeyCode::Char('l') => QuitChoice::LeaveRunning,
                KeyCode::Char('s') => QuitChoice::Stop,
                KeyCode::Char('d') => QuitChoice::Down,
                _ => {
                    app.overlay = None;
                    return Vec::new();
                }
            };
            app.overlay = None;
            app.quit = Some(choice);
            return vec![Command::Quit(choice)];
        }
        None => {}
    }
    let service = app.selected_name().to_string();
    let is_step = app.rows.get(app.selected).is_some_and(|r| r.is_step);
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => {
            app.selected = app.selected.saturating_sub(1);
            app.scroll = 0;
        }
        KeyCode::Down | KeyCode::Char('j') => {
            app.selected = (app.selected + 1).min(app.rows.len().saturating_sub(1));
            app.scroll = 0;
        }
        KeyCode::PageUp => app.scroll_by(app.page.max(1) as isize),
        KeyCode::PageDown => app.scroll_by(-(app.page.max(1) as isize)),
        KeyCode::Home => app.scroll_by(isize::MAX / 2),
        KeyCode::End => app.scroll = 0,
        KeyCode::Char('g') => app.grid = !app.grid,
        KeyCode::Char('/') => app.typing = Some(String::new()),
        KeyCode::Char('n') => jump_to_match(app, true),
        KeyCode::Char('N') => jump_to_match(app, false),
        KeyCode::Char('f') => {
            if app.search.is_some() {
                app.filter = !app.filter;
                app.scroll = 0;
            } else {
                app.notify("search first (/), then f shows only matching lines", false);
            }
        }
        KeyCode::Char('t') => app.timestamps = !app.timestamps,
        KeyCode::Char('w') => app.wrap = !app.wrap,
        KeyCode::Char('c') => {
            if let Some(b) = app.logs.get_mut(&service) {
                b.clear();
            }
            app.scroll = 0;
        }
        KeyCode::Char('?') => app.overlay = Some(Overlay::Help),
        KeyCode::Char('q') => app.overlay = Some(Overlay::Quit),
        KeyCode::Esc => {
            app.search = None;
            app.filter = false;
        }
        KeyCode::Char('r') if !is_step => {
            app.notify(format!("restarting {service}…"), false);
            return vec![Command::Restart(service)];
        }
        KeyCode::Char('s') if !is_step => {
            let running = app.rows.get(app.selected).is_some_and(|r| r.state == ContainerState::Running);
            app.notify(format!("{} {service}…", if running { "stopping" } else { "starting" }), false);
            return vec![if running { Command::Stop(service) } else { Command::Start(service) }];
        }
        KeyCode::Char('e' | 'x') if !is_step => {
            let running = app.rows.get(app.selected).is_some_and(|r| r.state == ContainerState::Running);
            if !running {
                app.notify(format!("{service} is not running: start it first (s)"), true);
            } else if key.code == KeyCode::Char('e') {
                return vec![Command::HandOver(HandOver::Shell { service })];
            } else {
                app.command_line = Some(String::new());
            }
        }
        KeyCode::Char('S') => {
            app.notify("seeding…", false);
            return vec![Command::Reseed];
        }
        KeyCode::Char('R') => app.overlay = Some(Overlay::ConfirmReset),
        _ => app.dirty = false,
    }
    Vec::new()
}

/// Where a line typed in the footer (a search, a command) stands after a key.
enum Line {
    Editing,
    Done,
    Cancelled,
}

fn edit_line(text: &mut String, key: KeyCode) -> Line {
    match key {
        KeyCode::Enter => return Line::Done,
        KeyCode::Esc => return Line::Cancelled,
        KeyCode::Backspace => {
            text.pop();
        }
        KeyCode::Char(c) => text.push(c),
        _ => {}
    }
    Line::Editing
}

/// Scrolls the selected pane to the next older (`older`) or newer search match.
fn jump_to_match(app: &mut App, older: bool) {
    let Some(query) = app.search.clone() else { return };
    if app.filter {
        // Only matching lines are shown: the next match is simply the next line.
        app.scroll_by(if older { 1 } else { -1 });
        return;
    }
    let name = app.selected_name().to_string();
    let Some(buffer) = app.logs.get(&name) else { return };
    let needle = query.to_lowercase();
    match buffer.find(app.scroll, older, |e| e.text.to_lowercase().contains(&needle)) {
        Some(offset) => app.scroll = offset,
        None => app.notify(format!("no {} match for \"{query}\"", if older { "older" } else { "newer" }), false),
    }
}

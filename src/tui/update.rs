//! The one function that changes the UI's state: `update(&mut App, Msg) -> Vec<Command>`.
//! No I/O: the loop in `run` feeds messages in and carries commands out.

use std::time::Duration;

use crossterm::event::MouseEventKind;

use super::app::{App, Command, Msg, Phase, QuitChoice};
use super::keys::on_key;
use super::rows::{apply_engine_event, apply_service_status, follow_new_containers};

/// Applies one message to the state; returns what the loop should go and do.
pub fn update(app: &mut App, msg: Msg) -> Vec<Command> {
    match msg {
        Msg::Tick { now, wall } => {
            app.now = now;
            app.wall = wall;
            if app.notice.as_ref().is_some_and(|(_, _, at)| app.now.duration_since(*at) > Duration::from_secs(8)) {
                app.notice = None;
            }
            // The clock and uptimes in view move once a second.
            app.dirty = true;
            Vec::new()
        }
        Msg::Logs { service, lines } => {
            if let Some(buffer) = app.logs.get_mut(&service) {
                let n = lines.len();
                for line in lines {
                    buffer.push(line);
                }
                // A paused pane keeps showing the same lines while new ones arrive below.
                if app.scroll > 0 && app.selected_name() == service {
                    app.scroll = app.scroll.saturating_add(n).min(app.log_cap);
                }
                app.dirty |= app.grid || app.selected_name() == service;
            }
            Vec::new()
        }
        Msg::Status(Ok(status)) => {
            if let Some(e) = app.engine_error.take() {
                app.notify(format!("engine reachable again (was: {e})"), false);
            }
            let attached = !app.up_running;
            let wall = app.wall;
            let was_down = app.is_down();
            let followed: Vec<(String, String)> =
                status.services.iter().filter_map(|s| Some((s.name.clone(), s.container_id.clone()?))).collect();
            for s in status.services {
                if let Some(row) = app.row_mut(&s.name) {
                    apply_service_status(row, s, attached, wall);
                }
            }
            if app.is_down() && !was_down {
                app.notify(format!("stack {} is down: its containers were removed", app.stack), true);
            }
            app.dirty = true;
            follow_new_containers(app, &followed)
        }
        Msg::LogsEnded { service, container_id } => {
            if let Some((current, live)) = app.following.get_mut(&service) {
                if *current == container_id {
                    *live = false;
                }
            }
            Vec::new()
        }
        Msg::Attached => {
            if let Some(row) = app.rows.iter_mut().find(|r| r.is_step) {
                row.phase = Phase::Ready;
                row.reason = "S seeds again · R resets".into();
            }
            app.dirty = true;
            Vec::new()
        }
        Msg::UpStarted => {
            app.up_running = true;
            app.dirty = true;
            Vec::new()
        }
        Msg::Resized { height } => {
            app.page = usize::from(height).saturating_sub(app.rows.len() + 8);
            app.dirty = true;
            Vec::new()
        }
        Msg::Usage { service, usage } => {
            // Shown with the next second's tick, which redraws anyway: samples of five
            // containers arriving at their own moments would otherwise cost five frames a second.
            app.usage.entry(service).or_default().push(usage);
            Vec::new()
        }
        Msg::Drawn => {
            app.dirty = false;
            Vec::new()
        }
        Msg::Status(Err(e)) => {
            if app.engine_error.is_none() {
                app.notify(format!("engine unreachable: {e}; retrying every second"), true);
            }
            app.engine_error = Some(e);
            app.dirty = true;
            Vec::new()
        }
        Msg::Engine(event) => {
            apply_engine_event(app, event);
            app.dirty = true;
            Vec::new()
        }
        Msg::ActionDone { what, result } => {
            match result {
                Ok(text) => app.notify(format!("{what}: {text}"), false),
                Err(e) => app.notify(format!("{what} failed: {e}"), true),
            }
            app.dirty = true;
            Vec::new()
        }
        Msg::UpDone { summary, ok } => {
            app.up_running = false;
            app.notify(summary, !ok);
            app.dirty = true;
            if app.interrupted {
                app.quit = Some(QuitChoice::Interrupted);
                return vec![Command::Quit(QuitChoice::Interrupted)];
            }
            Vec::new()
        }
        Msg::Mouse(m) => {
            match m.kind {
                MouseEventKind::ScrollUp => app.scroll_by(3),
                MouseEventKind::ScrollDown => app.scroll_by(-3),
                _ => return Vec::new(),
            }
            app.dirty = true;
            Vec::new()
        }
        Msg::Key(key) => {
            app.dirty = true;
            on_key(app, key)
        }
    }
}

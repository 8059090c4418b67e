//! Render tests on ratatui's TestBackend: each widget in its states, and
//! scenarios that feed events and snapshot after each step. Clocks are fixed,
//! so the snapshots hold no times or ids that change between runs.

use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::style::Color;
use ratatui::Terminal;

use super::app::{App, Command, Msg, Overlay, QuitChoice};
use super::log_buffer::LogEntry;
use super::update::update;
use super::view::view;
use crate::engine::status::{ServiceStatus, StackStatus};
use crate::engine::{ContainerState, Event, Failure, Health, ServiceEvent};

fn app() -> App {
    let services: Vec<String> =
        ["localstack", "postgres", "redis", "backend", "storefront"].iter().map(|s| s.to_string()).collect();
    let mut app = App::new("ysh-b2b", "unix:///var/run/docker.sock", &services, true, 100);
    app.started = Instant::now();
    app.now = app.started + Duration::from_secs(42);
    app.wall = chrono::DateTime::parse_from_rfc3339("2026-11-29T10:00:00Z").unwrap().into();
    app.up_running = true;
    app
}

fn render(app: &App, width: u16, height: u16) -> (String, ratatui::buffer::Buffer) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| view(app, f)).unwrap();
    let buffer = terminal.backend().buffer().clone();
    let text = (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n");
    (text, buffer)
}

fn key(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
}

fn code(k: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(k, KeyModifiers::NONE))
}

fn svc(service: &str, event: ServiceEvent) -> Msg {
    Msg::Engine(Event::Service { service: service.into(), event })
}

fn running(name: &str, port: &str) -> ServiceStatus {
    ServiceStatus {
        name: name.into(),
        state: ContainerState::Running,
        health: Health::None,
        container_id: Some("0123456789ab".into()),
        ports: vec![format!("127.0.0.1:{port}->{port}/tcp")],
        started_at: Some("2026-11-29T09:58:30Z".into()),
        restart_count: 0,
        exit_code: None,
        usage: None,
        tasks: Vec::new(),
    }
}

fn logs(app: &mut App, service: &str, lines: &[&str]) {
    let lines = lines
        .iter()
        .map(|l| LogEntry { timestamp: Some("2026-11-29T09:59:01.123456789Z".into()), text: l.to_string() })
        .collect();
    update(app, Msg::Logs { service: service.into(), lines });
}

/// Where `needle` first appears on screen, as (x, y).
fn find(buffer: &ratatui::buffer::Buffer, text: &str, needle: &str) -> (u16, u16) {
    for (y, line) in text.lines().enumerate() {
        if let Some(byte) = line.find(needle) {
            let x = line[..byte].chars().count();
            let _ = buffer;
            return (x as u16, y as u16);
        }
    }
    panic!("{needle:?} not on screen:\n{text}");
}

#[test]
fn services_table_in_every_state() {
    let mut app = app();
    update(
        &mut app,
        svc(
            "localstack",
            ServiceEvent::Probing {
                check: "localstack :4566".into(),
                tries: 14,
                last_error: Some("connection refused (not listening yet)".into()),
            },
        ),
    );
    update(&mut app, svc("postgres", ServiceEvent::Ready { took: Duration::from_millis(2400) }));
    update(
        &mut app,
        svc(
            "redis",
            ServiceEvent::PullProgress {
                image: "redis:7".into(),
                layer: "a1b2".into(),
                status: "Downloading".into(),
                current: Some(30),
                total: Some(100),
            },
        ),
    );
    update(
        &mut app,
        svc(
            "backend",
            ServiceEvent::Failed(Failure {
                reason: "the container exited with code 1".into(),
                exit_code: Some(1),
                ..Failure::default()
            }),
        ),
    );
    update(&mut app, svc("storefront", ServiceEvent::Skipped { reason: "dependency 'backend' failed".into() }));
    update(&mut app, svc("seed", ServiceEvent::Progress { what: "s3".into(), done: 3, total: 5 }));
    let (text, buffer) = render(&app, 100, 30);
    insta::assert_snapshot!("services_table_states", text);
    // Colour carries meaning: ready green, failed red, working yellow.
    let (x, y) = find(&buffer, &text, "● missing");
    assert_eq!(buffer[(x, y)].fg, Color::Green, "postgres is ready");
    let (x, y) = find(&buffer, &text, "✗ missing");
    assert_eq!(buffer[(x, y)].fg, Color::Red);
    let (x, y) = find(&buffer, &text, "◌ missing");
    assert_eq!(buffer[(x, y)].fg, Color::Yellow);
    assert!(text.contains("failed"), "overall state is failed");
}

#[test]
fn log_pane_with_search_highlights_and_filter() {
    let mut app = app();
    update(&mut app, code(KeyCode::Down));
    update(&mut app, code(KeyCode::Down));
    update(&mut app, code(KeyCode::Down));
    logs(
        &mut app,
        "backend",
        &[
            "backend: listening on :9000",
            "GET /health 200",
            "\x1b[31mERROR\x1b[0m db down",
            "GET /health 503",
            "shutting down",
        ],
    );
    for c in "/GET".chars() {
        update(&mut app, key(c));
    }
    let (typing, _) = render(&app, 80, 24);
    assert!(typing.contains("/GET▏"), "{typing}");
    update(&mut app, code(KeyCode::Enter));
    let (text, buffer) = render(&app, 80, 24);
    insta::assert_snapshot!("log_pane_search", text);
    let (x, y) = find(&buffer, &text, "GET /health 503");
    assert_eq!(buffer[(x, y)].bg, Color::Yellow, "the match is highlighted");
    let (x, y) = find(&buffer, &text, "ERROR");
    assert_eq!(buffer[(x, y)].fg, Color::Red, "ANSI colour rendered");
    update(&mut app, key('f'));
    let (filtered, _) = render(&app, 80, 24);
    insta::assert_snapshot!("log_pane_filtered", filtered);
    assert!(!filtered.contains("shutting down"));
}

#[test]
fn help_overlay_and_confirmation_dialogs() {
    let mut app = app();
    update(&mut app, key('?'));
    assert_eq!(app.overlay, Some(Overlay::Help));
    insta::assert_snapshot!("help_overlay", render(&app, 80, 24).0);
    update(&mut app, code(KeyCode::Esc));
    assert_eq!(app.overlay, None);

    update(&mut app, key('R'));
    insta::assert_snapshot!("confirm_reset", render(&app, 80, 24).0);
    assert!(update(&mut app, key('n')).is_empty(), "anything but y cancels");
    update(&mut app, key('R'));
    assert_eq!(update(&mut app, key('y')), vec![Command::Reset]);

    update(&mut app, key('q'));
    insta::assert_snapshot!("quit_dialog", render(&app, 80, 24).0);
    assert_eq!(update(&mut app, key('d')), vec![Command::Quit(QuitChoice::Down)]);
}

#[test]
fn progress_bars_for_pull_build_and_seed() {
    let mut app = app();
    update(
        &mut app,
        svc(
            "localstack",
            ServiceEvent::PullProgress {
                image: "localstack/localstack:4.9".into(),
                layer: "9f3e".into(),
                status: "Downloading".into(),
                current: Some(50),
                total: Some(100),
            },
        ),
    );
    update(&mut app, svc("backend", ServiceEvent::Building { image: "ysh-b2b/backend:dev".into() }));
    update(&mut app, svc("backend", ServiceEvent::BuildOutput { line: "Step 2/4 : RUN apt-get install".into() }));
    update(&mut app, svc("seed", ServiceEvent::Progress { what: "secrets".into(), done: 5, total: 5 }));
    let (text, _) = render(&app, 100, 24);
    insta::assert_snapshot!("progress_bars", text);
    assert!(text.contains("pull 9f3e █████░░░░░ 50/100"), "{text}");
    assert!(text.contains("build step █████░░░░░ 2/4"), "{text}");
    assert!(text.contains("secrets ██████████ 5/5"), "{text}");
}

#[test]
fn buildkit_steps_show_as_the_row_reason_and_a_step_bar() {
    use crate::engine::events::{BuildStep, StepStatus};
    let mut app = app();
    update(&mut app, svc("backend", ServiceEvent::Building { image: "ysh-b2b/backend:dev".into() }));
    let step = |name: &str, status, took| BuildStep { name: name.into(), status, took };
    update(
        &mut app,
        svc("backend", ServiceEvent::BuildStep(step("[deps 2/4] RUN yarn install", StepStatus::Cached, None))),
    );
    let running = step("[builder 3/4] RUN yarn build", StepStatus::Running, None);
    update(&mut app, svc("backend", ServiceEvent::BuildStep(running)));
    let (text, _) = render(&app, 100, 24);
    assert!(text.contains("[builder 3/4] RUN yarn build running"), "{text}");
    let done = step("[builder 3/4] RUN yarn build", StepStatus::Done, Some(Duration::from_millis(41_200)));
    update(&mut app, svc("backend", ServiceEvent::BuildStep(done)));
    let (text, _) = render(&app, 100, 24);
    assert!(text.contains("[builder 3/4] RUN yarn build done 41.2s"), "{text}");
}

#[test]
fn scenario_boot_to_ready_then_a_crash() {
    let mut app = app();
    let mut frames = Vec::new();
    update(&mut app, svc("backend", ServiceEvent::WaitingFor { dependency: "postgres".into(), condition: "healthy" }));
    frames.push(render(&app, 90, 20).0);
    for (name, port) in
        [("localstack", "4566"), ("postgres", "5432"), ("redis", "6379"), ("backend", "9000"), ("storefront", "8000")]
    {
        update(&mut app, svc(name, ServiceEvent::Ready { took: Duration::from_millis(1500) }));
        let _ = port;
    }
    update(&mut app, svc("seed", ServiceEvent::Ready { took: Duration::from_millis(400) }));
    let status = all_running();
    update(&mut app, Msg::Status(Ok(status.clone())));
    update(&mut app, Msg::UpDone { summary: "all 6 ready".into(), ok: true });
    frames.push(render(&app, 90, 20).0);
    assert!(frames[1].contains("● ready"), "{}", frames[1]);
    // Someone stops the backend from outside: it shows as exited, the stack as degraded.
    let mut crashed = status;
    crashed.services[3].state = ContainerState::Exited;
    crashed.services[3].exit_code = Some(137);
    update(&mut app, Msg::Status(Ok(crashed)));
    frames.push(render(&app, 90, 20).0);
    assert!(frames[2].contains("exited (137)") && frames[2].contains("degraded"), "{}", frames[2]);
    insta::assert_snapshot!("scenario_boot_ready_crash", frames.join("\n\n---- next step ----\n\n"));
}

#[test]
fn scrolling_pauses_follow_and_end_resumes() {
    let mut app = app();
    let lines: Vec<String> = (0..10_000).map(|i| format!("line {i}")).collect();
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    app.log_cap = 20_000;
    app.logs.insert("localstack".into(), super::log_buffer::LogBuffer::new(20_000));
    logs(&mut app, "localstack", &refs);
    let (text, _) = render(&app, 80, 24);
    assert!(text.contains("line 9999") && text.contains("following"), "{text}");
    update(&mut app, code(KeyCode::PageUp));
    let (text, _) = render(&app, 80, 24);
    assert!(!text.contains("line 9999") && text.contains("paused"), "{text}");
    update(&mut app, code(KeyCode::Home));
    let (text, _) = render(&app, 80, 24);
    assert!(text.contains("line 0") && !text.contains("line 9999"), "{text}");
    // New lines while paused do not move the view.
    logs(&mut app, "localstack", &["fresh"]);
    let (again, _) = render(&app, 80, 24);
    assert!(again.contains("line 0") && !again.contains("fresh"));
    update(&mut app, code(KeyCode::End));
    let (text, _) = render(&app, 80, 24);
    assert!(text.contains("fresh") && text.contains("following"), "{text}");
}

#[test]
fn grid_shows_every_pane_and_small_terminals_render() {
    let mut app = app();
    logs(&mut app, "redis", &["Ready to accept connections"]);
    logs(&mut app, "postgres", &["database system is ready to accept connections"]);
    update(&mut app, key('g'));
    let (text, _) = render(&app, 80, 24);
    for name in ["localstack", "postgres", "redis", "backend", "storefront"] {
        assert!(text.contains(&format!(" {name} · ")), "{name} pane missing:\n{text}");
    }
    insta::assert_snapshot!("grid_80x24", text);
    // Tiny or odd sizes never panic.
    for (w, h) in [(20, 5), (80, 24), (200, 60), (1, 1)] {
        render(&app, w, h);
    }
}

fn ctrl_c() -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL))
}

#[test]
fn ctrl_c_twice_quits_leaving_the_stack() {
    let mut app = app();
    app.up_running = false;
    assert!(update(&mut app, ctrl_c()).is_empty());
    assert_eq!(update(&mut app, ctrl_c()), vec![Command::Quit(QuitChoice::LeaveRunning)]);
}

#[test]
fn ctrl_c_during_up_stops_it_and_leaves_with_130_once_it_wound_down() {
    let mut app = app();
    assert_eq!(update(&mut app, ctrl_c()), vec![Command::CancelUp]);
    assert!(render(&app, 100, 24).0.contains("interrupted: stopping the up"));
    let done = update(&mut app, Msg::UpDone { summary: "up failed: interrupted".into(), ok: false });
    assert_eq!(done, vec![Command::Quit(QuitChoice::Interrupted)]);

    // A second Ctrl-C does not wait for the up.
    let mut app = self::app();
    update(&mut app, ctrl_c());
    assert_eq!(update(&mut app, ctrl_c()), vec![Command::Quit(QuitChoice::Interrupted)]);
}

/// A UI attached to the default stack, every service running and the fixtures applied.
fn ready_app() -> App {
    let mut app = app();
    app.up_running = false;
    if let Some(seed) = app.rows.iter_mut().find(|r| r.is_step) {
        seed.phase = super::app::Phase::Ready;
    }
    update(&mut app, Msg::Status(Ok(all_running())));
    assert!(render(&app, 100, 20).0.contains("● ready"));
    app
}

fn all_running() -> StackStatus {
    StackStatus {
        stack: "ysh-b2b".into(),
        services: ["localstack:4566", "postgres:5432", "redis:6379", "backend:9000", "storefront:8000"]
            .iter()
            .map(|s| {
                let (n, p) = s.split_once(':').unwrap();
                running(n, p)
            })
            .collect(),
    }
}

#[test]
fn a_crash_looping_container_shows_its_exit_code_and_restarts_then_recovers() {
    let mut app = ready_app();
    let mut status = all_running();
    // Docker's view while it waits to restart: restarting, with the exit code of the crash…
    status.services[3].state = ContainerState::Restarting;
    status.services[3].exit_code = Some(3);
    status.services[3].restart_count = 4;
    update(&mut app, Msg::Status(Ok(status.clone())));
    let (text, _) = render(&app, 110, 20);
    assert!(text.contains("crash-looping: exit code 3, restarted 4 times"), "{text}");
    assert!(text.contains("● failed"), "{text}");
    // …and once running again, exit code 0 and one more restart: the 3 is remembered.
    status.services[3].state = ContainerState::Running;
    status.services[3].exit_code = None;
    status.services[3].restart_count = 5;
    status.services[3].started_at = Some("2026-11-29T09:59:58Z".into());
    update(&mut app, Msg::Status(Ok(status.clone())));
    let (text, _) = render(&app, 110, 20);
    assert!(text.contains("crash-looping: exit code 3, restarted 5 times"), "{text}");
    insta::assert_snapshot!("crash_loop", text);
    // Up for ten seconds without another restart: recovered.
    app.wall += chrono::Duration::seconds(12);
    update(&mut app, Msg::Status(Ok(status)));
    let (text, _) = render(&app, 110, 20);
    assert!(text.contains("running again after 5 restarts") && text.contains("● ready"), "{text}");
}

#[test]
fn the_engine_going_away_and_coming_back_is_shown() {
    let mut app = ready_app();
    update(&mut app, Msg::Status(Err("connection refused".into())));
    let (text, _) = render(&app, 160, 20);
    assert!(text.contains("● ready  engine unreachable: connection refused"), "{text}");
    assert!(text.contains("(retrying)"), "{text}");
    update(&mut app, Msg::Status(Ok(all_running())));
    let (text, _) = render(&app, 160, 20);
    assert!(!text.contains("(retrying)") && text.contains("engine reachable again"), "{text}");
}

#[test]
fn berth_down_elsewhere_shows_the_stack_going_away() {
    let mut app = ready_app();
    let mut gone = all_running();
    for s in &mut gone.services {
        s.state = ContainerState::Missing;
        s.container_id = None;
        s.started_at = None;
    }
    // One service goes first: degraded, not down.
    let mut partly = all_running();
    partly.services[4] = gone.services[4].clone();
    update(&mut app, Msg::Status(Ok(partly)));
    assert!(render(&app, 100, 20).0.contains("● degraded"));
    update(&mut app, Msg::Status(Ok(gone)));
    let (text, _) = render(&app, 100, 20);
    assert!(text.contains("● down"), "{text}");
    assert!(text.contains("stack ysh-b2b is down: its containers were removed"), "{text}");
    assert_eq!(text.matches("container is gone").count(), 5, "{text}");
}

#[test]
fn action_errors_show_in_the_footer() {
    let mut app = app();
    update(&mut app, Msg::ActionDone { what: "restart backend".into(), result: Err("engine unreachable".into()) });
    let (text, buffer) = render(&app, 80, 24);
    let (x, y) = find(&buffer, &text, "restart backend failed: engine unreachable");
    assert_eq!(buffer[(x, y)].fg, Color::Red);
}

#[test]
fn log_following_is_asked_for_by_update_once_per_container_and_resumed_after_a_broken_stream() {
    use super::app::LogsFrom;
    let mut app = app();
    let status = StackStatus { stack: "ysh-b2b".into(), services: vec![running("postgres", "5432")] };
    let first = update(&mut app, Msg::Status(Ok(status.clone())));
    assert_eq!(
        first,
        vec![
            Command::FollowStats { service: "postgres".into(), container_id: "0123456789ab".into() },
            Command::FollowLogs {
                service: "postgres".into(),
                container_id: "0123456789ab".into(),
                from: LogsFrom::Recent
            }
        ]
    );
    assert_eq!(update(&mut app, Msg::Status(Ok(status.clone()))), Vec::new(), "a live follower is not doubled");

    logs(&mut app, "postgres", &["ready to accept connections"]);
    let ended = Msg::LogsEnded { service: "postgres".into(), container_id: "0123456789ab".into() };
    assert!(update(&mut app, ended).is_empty());
    let resumed = update(&mut app, Msg::Status(Ok(status.clone())));
    let after = LogsFrom::After(Some("2026-11-29T09:59:01.123456789Z".into()));
    assert_eq!(
        resumed,
        vec![Command::FollowLogs { service: "postgres".into(), container_id: "0123456789ab".into(), from: after }]
    );

    // The end of an older container's stream says nothing about the current one.
    let stale = Msg::LogsEnded { service: "postgres".into(), container_id: "old".into() };
    update(&mut app, stale);
    assert!(update(&mut app, Msg::Status(Ok(status.clone()))).is_empty());

    let mut recreated = status;
    recreated.services[0].container_id = Some("fedcba987654".into());
    let fresh = update(&mut app, Msg::Status(Ok(recreated)));
    assert!(
        matches!(&fresh[..], [Command::FollowStats { .. }, Command::FollowLogs { from: LogsFrom::Recent, container_id, .. }] if container_id == "fedcba987654")
    );
}

#[test]
fn cpu_and_memory_per_service_and_a_sparkline_for_the_selected_one() {
    use crate::engine::stats::Usage;
    let mut app = ready_app();
    let sample = |cpu: f64, mb: u64| Some(Usage { cpu_percent: cpu, memory_bytes: mb << 20, memory_limit: 1 << 30 });
    for cpu in [5.0, 20.0, 50.0, 100.0, 150.0] {
        update(&mut app, Msg::Usage { service: "localstack".into(), usage: sample(cpu, 180) });
    }
    update(&mut app, Msg::Usage { service: "postgres".into(), usage: sample(0.02, 23) });
    let (narrow, _) = render(&app, 100, 30);
    assert!(!narrow.contains("CPU"), "at 100 columns readiness keeps the room: {narrow}");
    assert!(narrow.contains("cpu ▁▂▃▆█ 150.0% · mem 180.0M"), "{narrow}");
    let (text, _) = render(&app, 120, 30);
    let row = |name: &str| text.lines().find(|l| l.contains(&format!(" {name} "))).unwrap_or_default().to_string();
    assert!(row("localstack").contains("150.0%") && row("localstack").contains("180.0M"), "{text}");
    assert!(row("postgres").contains("0.0%") && row("postgres").contains("23.0M"), "{text}");
    assert!(!row("redis").contains('%'), "no sample yet, no number: {text}");
    assert!(text.contains("cpu ▁▂▃▆█ 150.0% · mem 180.0M"), "the selected service's history: {text}");
    // A stopped container's stream ends with no sample: the numbers go, the history stays.
    update(&mut app, Msg::Usage { service: "localstack".into(), usage: None });
    let (text, _) = render(&app, 120, 30);
    assert!(!row_of(&text, "localstack").contains("150.0%"), "{text}");
    assert_eq!(app.usage["localstack"].cpu.len(), 6);
}

fn row_of(text: &str, name: &str) -> String {
    text.lines().find(|l| l.contains(&format!(" {name} "))).unwrap_or_default().to_string()
}

#[test]
fn the_sparkline_scales_to_its_largest_value_but_never_below_one_core() {
    use super::view::sparkline;
    assert_eq!(sparkline(&[0.0, 0.5, 1.0], 10), "▁▁▁");
    assert_eq!(sparkline(&[0.0, 100.0, 200.0], 10), "▁▅█");
    assert_eq!(sparkline(&[1.0; 30], 20).chars().count(), 20);
}

#[test]
fn time_size_attachment_and_drawing_arrive_as_messages() {
    let mut app = app();
    let now = app.started + Duration::from_secs(90);
    let wall: chrono::DateTime<chrono::Utc> =
        chrono::DateTime::parse_from_rfc3339("2026-11-29T10:05:00Z").unwrap().into();
    update(&mut app, Msg::Tick { now, wall });
    assert_eq!((app.now, app.wall), (now, wall));

    update(&mut app, Msg::Resized { height: 40 });
    assert_eq!(app.page, 40 - 6 - 8, "the log pane's page is what the table leaves");
    update(&mut app, Msg::Drawn);
    assert!(!app.dirty);

    let mut attached = App::new("ysh-b2b", "unix:///var/run/docker.sock", &["postgres".into()], true, 10);
    update(&mut attached, Msg::Attached);
    let seed = attached.rows.iter().find(|r| r.is_step).unwrap();
    assert_eq!((seed.phase, seed.reason.as_str()), (super::app::Phase::Ready, "S seeds again · R resets"));
    assert!(!attached.up_running);
    update(&mut attached, Msg::UpStarted);
    assert!(attached.up_running);
}

#[test]
fn e_opens_a_shell_and_x_prompts_for_a_command_in_the_selected_running_service() {
    use super::app::HandOver;
    let mut app = ready_app();
    assert_eq!(update(&mut app, key('e')), vec![Command::HandOver(HandOver::Shell { service: "localstack".into() })]);

    assert!(update(&mut app, key('x')).is_empty());
    for c in "awslocal s3 ls".chars() {
        update(&mut app, key(c));
    }
    let (text, _) = render(&app, 100, 24);
    assert!(text.contains("run in localstack: awslocal s3 ls▏"), "{text}");
    let run = update(&mut app, code(KeyCode::Enter));
    assert_eq!(
        run,
        vec![Command::HandOver(HandOver::Run { service: "localstack".into(), command: "awslocal s3 ls".into() })]
    );
    assert!(app.command_line.is_none());
    // Esc leaves the prompt without running anything; an empty line runs nothing.
    update(&mut app, key('x'));
    update(&mut app, key('q'));
    assert!(update(&mut app, code(KeyCode::Esc)).is_empty() && app.command_line.is_none() && app.overlay.is_none());
    update(&mut app, key('x'));
    assert!(update(&mut app, code(KeyCode::Enter)).is_empty());

    // A stopped service has no container to run in.
    let mut status = all_running();
    status.services[0].state = ContainerState::Exited;
    update(&mut app, Msg::Status(Ok(status)));
    assert!(update(&mut app, key('e')).is_empty());
    assert!(render(&app, 100, 24).0.contains("localstack is not running: start it first (s)"));
}

#[test]
fn a_migration_that_ran_to_success_stays_completed_and_the_stack_is_ready() {
    let services: Vec<String> = ["postgres", "migrate", "backend"].iter().map(|s| s.to_string()).collect();
    let mut app = App::new("ysh-b2b", "unix:///var/run/docker.sock", &services, false, 100);
    app.wall = chrono::DateTime::parse_from_rfc3339("2026-11-29T10:00:00Z").unwrap().into();
    update(&mut app, svc("postgres", ServiceEvent::Ready { took: Duration::from_millis(1900) }));
    update(&mut app, svc("migrate", ServiceEvent::Completed));
    update(&mut app, svc("backend", ServiceEvent::Ready { took: Duration::from_millis(6200) }));
    app.up_running = false;
    let mut exited = running("migrate", "0");
    exited.state = ContainerState::Exited;
    exited.exit_code = Some(0);
    exited.ports.clear();
    let status = StackStatus {
        stack: "ysh-b2b".into(),
        services: vec![running("postgres", "5432"), exited.clone(), running("backend", "9000")],
    };
    update(&mut app, Msg::Status(Ok(status.clone())));
    let (text, _) = render(&app, 120, 12);
    assert!(text.contains("● ready"), "an exit the stack waited for is not an outage:\n{text}");
    assert!(text.contains("completed") && !text.contains("exited (0) exited"), "{text}");

    // The same container failing later is an outage again.
    let mut failed = status;
    failed.services[1].exit_code = Some(1);
    update(&mut app, Msg::Status(Ok(failed)));
    assert!(render(&app, 120, 12).0.contains("● degraded"), "{}", render(&app, 120, 12).0);
}

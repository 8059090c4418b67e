//! `berth exec` and `berth shell` against a real container: compose's options, the command's
//! exit code, stdin forwarded, words after the service left to the command, and a shell on a
//! real terminal (tmux).

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::{text, wait_until, TestStack};

/// Each test its own stack (names carry the tag and the test binary's pid).
fn stack(tag: &str) -> TestStack {
    TestStack::from_yaml(tag, "services:\n  box:\n    image: ${BASE}\n    command: [sleep, '600']\n  idle:\n    image: ${BASE}\n    command: ['true']\n    restart: 'no'\n")
}

fn berth_with_stdin(stack: &TestStack, args: &[&str], stdin: &str) -> std::process::Output {
    let mut full: Vec<&str> = vec!["-f", &stack.file];
    full.extend(args);
    let mut child = Command::new(env!("CARGO_BIN_EXE_berth"))
        .args(&full)
        .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("berth runs");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write stdin");
    child.wait_with_output().expect("berth ends")
}

#[test]
fn exec_runs_with_compose_options_forwards_stdin_and_returns_the_exit_code() {
    let stack = stack("exec");
    let up = stack.berth(&["up", "--wait", "--wait-timeout", "60"]);
    assert_eq!(up.status.code(), Some(0), "{}", text(&up));

    let out = stack.berth(&[
        "exec",
        "-T",
        "-e",
        "GREETING=hi",
        "-w",
        "/tmp",
        "-u",
        "nobody",
        "box",
        "sh",
        "-c",
        "echo $GREETING $(pwd) $(id -un)",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "hi /tmp nobody");

    let out = stack.berth(&["exec", "-T", "box", "sh", "-c", "echo oops >&2; exit 7"]);
    assert_eq!(out.status.code(), Some(7), "{}", text(&out));
    assert_eq!(String::from_utf8_lossy(&out.stderr).trim(), "oops", "stderr stays stderr");

    let out = berth_with_stdin(&stack, &["exec", "-T", "box", "sh", "-c", "tr a-z A-Z"], "piped through\n");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "PIPED THROUGH");

    // Words after the service are the command's, `-f` included.
    let out = stack.berth(&["exec", "-T", "box", "ls", "-f", "/etc/hostname"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "/etc/hostname");

    let out = stack.berth(&["exec", "-T", "nosuch", "true"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("unknown service 'nosuch'") && text(&out).contains("box"), "{}", text(&out));
    let out = stack.berth(&["exec", "-T", "idle", "true"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("service 'idle' is not running (its container is exited)"), "{}", text(&out));
    assert!(text(&out).contains("berth up SERVICE"), "{}", text(&out));

    let down = stack.berth(&["down"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));
}

#[test]
fn shell_opens_the_containers_shell_on_a_real_terminal() {
    let stack = stack("shell");
    let up = stack.berth(&["up", "--wait", "--wait-timeout", "60"]);
    assert_eq!(up.status.code(), Some(0), "{}", text(&up));
    let tmux = common::tmux::Tmux::start("shell");
    // The terminal berth starts in, as its kernel sizes it (rows, columns).
    tmux.line("stty size");
    tmux.wait_for("the terminal's size", std::time::Duration::from_secs(10), |s| s.lines().any(|l| l == "40 120"));
    tmux.keys(&["clear", "Enter"]);
    let stty = tempfile::NamedTempFile::new().unwrap();
    tmux.line(&common::tmux::command_line(&stack, "shell box", "", &stty.path().display().to_string()));
    tmux.wait_for("the container's shell", std::time::Duration::from_secs(20), |s| s.contains("root@"));
    tmux.line("echo shell-is-$0; stty size; exit 3");
    let screen = tmux.wait_for("berth to end", std::time::Duration::from_secs(10), |s| s.contains("EXIT=3"));
    assert!(screen.contains("shell-is-/bin/bash") || screen.contains("shell-is-/usr/bin/bash"), "{screen}");
    assert!(screen.lines().any(|l| l.trim() == "40 120"), "the shell's terminal has the terminal's size:\n{screen}");
    let down = stack.berth(&["down"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));
}

#[test]
fn run_hands_a_real_terminal_to_a_one_off_container_and_takes_it_back() {
    let stack = stack("run-tty");
    let tmux = common::tmux::Tmux::start("run-tty");
    let stty = tempfile::NamedTempFile::new().unwrap();
    // `-f` goes before `run`: after the service, every word is the command's, as in compose.
    let env: Vec<String> = stack.env.iter().map(|(k, v)| format!("{k}='{v}'")).collect();
    tmux.line(&format!(
        "env NO_COLOR=1 {} {} -f {} run --rm box bash; echo EXIT\"\"=$?; stty -a > {}",
        env.join(" "),
        env!("CARGO_BIN_EXE_berth"),
        stack.file,
        stty.path().display()
    ));
    tmux.wait_for("the one-off's shell", std::time::Duration::from_secs(30), |s| s.contains("root@"));
    tmux.line("tty; echo one-off-$((6*7)); stty size; exit 5");
    let screen = tmux.wait_for("berth to end", std::time::Duration::from_secs(20), |s| s.contains("EXIT=5"));
    assert!(screen.contains("/dev/pts/") && screen.contains("one-off-42"), "{screen}");
    assert!(screen.lines().any(|l| l.trim() == "40 120"), "the one-off's terminal has the terminal's size:\n{screen}");
    common::tmux::assert_terminal_restored(&tmux, stty.path());
    let left = common::docker(&["ps", "-a", "-q", "--filter", &format!("label=dev.berth.stack={}", stack.name)]);
    assert_eq!(left.trim(), "", "--rm removed the one-off container");
    let down = stack.berth(&["down"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));
}

#[test]
fn env_gives_the_host_side_addresses_of_the_running_stack() {
    let stack = TestStack::from_yaml(
        "env",
        "services:\n  aws:\n    image: ${MOTO_IMAGE}\n    ports: ['127.0.0.1::5000']\n  cache:\n    image: ${REDIS_IMAGE}\n    ports: ['127.0.0.1::6379']\n    x-berth:\n      host_env: {CACHE_ADDR: '{host}:{port:6379}', CACHE_ADMIN: 'http://{host}:{port:7000}'}\n",
    );
    let up = stack.berth(&["up", "--wait", "--wait-timeout", "60"]);
    assert_eq!(up.status.code(), Some(0), "{}", text(&up));
    // A status line, on stderr as compose's are.
    let said = String::from_utf8_lossy(&up.stderr).into_owned();
    assert!(said.contains("addresses (all variables: `berth env`)"), "up ends with the addresses: {said}");
    assert!(said.lines().any(|l| l.trim_start().starts_with("cache") && l.contains("redis://127.0.0.1:")), "{said}");

    let json = stack.berth(&["env", "--format", "json"]);
    assert_eq!(json.status.code(), Some(0), "{}", text(&json));
    let vars: serde_json::Value =
        serde_json::from_slice(&json.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(&json)));
    let aws_port = common::docker(&["port", &stack.containers()["aws"], "5000"]);
    let aws_port = aws_port.trim().rsplit(':').next().unwrap().to_string();
    assert_eq!(vars["AWS_ENDPOINT_URL"], format!("http://127.0.0.1:{aws_port}"), "{vars:#}");
    assert_eq!(vars["AWS_ACCESS_KEY_ID"], "test");

    // `eval "$(berth env --format shell)"` just works: the emulator and Redis answer there.
    let script = format!(
        "eval \"$({} -f {} env --format shell)\" && curl -s -o /dev/null -w '%{{http_code}} ' \"$AWS_ENDPOINT_URL/moto-api/data.json\" \
         && hostport=${{REDIS_URL#redis://}} && exec 3<>/dev/tcp/${{hostport%:*}}/${{hostport#*:}} && printf 'PING\\r\\n' >&3 && head -c 5 <&3 \
         && exec 4<>/dev/tcp/${{CACHE_ADDR%:*}}/${{CACHE_ADDR#*:}} && printf 'PING\\r\\n' >&4 && head -c 5 <&4",
        env!("CARGO_BIN_EXE_berth"),
        stack.file
    );
    let out = Command::new("bash")
        .args(["-c", &script])
        .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .output()
        .expect("bash runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "200 +PONG+PONG", "{}", String::from_utf8_lossy(&out.stderr));
    // The declared variable that cannot be filled is named, not printed empty.
    let stderr = String::from_utf8_lossy(&json.stderr);
    assert!(stderr.contains("host_env CACHE_ADMIN of 'cache': container port 7000 is not published"), "{stderr}");
    assert!(vars.get("CACHE_ADMIN").is_none(), "{vars:#}");

    let only = stack.berth(&["env", "cache"]);
    let only = String::from_utf8_lossy(&only.stdout).into_owned();
    assert!(only.contains("REDIS_URL='redis://127.0.0.1:") && !only.contains("AWS_"), "{only}");
    let down = stack.berth(&["down"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));
}

/// The number before `%` in the line that names `service` (its CPU column).
fn cpu_of(screen: &str, service: &str) -> Option<f64> {
    let line = screen.lines().find(|l| l.split_whitespace().any(|w| w == service))?;
    let word = line.split_whitespace().find(|w| w.ends_with('%'))?;
    word.trim_end_matches('%').parse().ok()
}

#[test]
fn status_and_the_ui_show_what_a_busy_and_an_idle_container_cost() {
    let stack = TestStack::from_yaml(
        "stats",
        "services:\n  busy:\n    image: ${BASE}\n    command: [sh, -c, 'while :; do :; done']\n  quiet:\n    image: ${BASE}\n    command: [sleep, '600']\n",
    );
    let up = stack.berth(&["up", "--wait", "--wait-timeout", "60"]);
    assert_eq!(up.status.code(), Some(0), "{}", text(&up));

    let status = stack.berth(&["status"]);
    let table = text(&status);
    assert!(table.lines().next().is_some_and(|h| h.contains("CPU") && h.contains("MEM")), "{table}");
    let busy = cpu_of(&table, "busy").unwrap_or_else(|| panic!("no CPU for busy: {table}"));
    let quiet = cpu_of(&table, "quiet").unwrap_or_else(|| panic!("no CPU for quiet: {table}"));
    assert!(busy > 30.0, "a busy loop shows its core: {table}");
    assert!(quiet < 5.0, "sleep costs nothing: {table}");
    let json: serde_json::Value = serde_json::from_slice(&stack.berth(&["status", "--json"]).stdout).unwrap();
    let memory = &json["services"][1]["usage"]["memory_bytes"];
    assert!(memory.as_u64().is_some_and(|m| m > 0), "{json}");

    let tmux = common::tmux::Tmux::start("stats");
    let stty = tempfile::NamedTempFile::new().unwrap();
    tmux.line(&common::tmux::command_line(&stack, "ui", "", &stty.path().display().to_string()));
    let screen = tmux.wait_for("CPU of both services", std::time::Duration::from_secs(30), |s| {
        cpu_of(s, "busy").is_some_and(|c| c > 30.0) && cpu_of(s, "quiet").is_some()
    });
    assert!(cpu_of(&screen, "quiet").is_some_and(|c| c < 5.0), "{screen}");
    assert!(screen.contains("cpu ") && screen.contains("· mem "), "the selected service's sparkline: {screen}");
    tmux.keys(&["q"]);
    tmux.keys(&["Enter"]);
    tmux.wait_for("berth to leave", std::time::Duration::from_secs(10), |s| s.contains("EXIT=0"));

    let down = stack.berth(&["down"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));
}

#[test]
fn the_uis_e_and_x_keys_hand_the_terminal_to_the_container_and_the_ui_comes_back_intact() {
    use common::tmux::{assert_terminal_restored, command_line, Tmux};
    use std::time::Duration;
    let stack = stack("ui-shell");
    let up = stack.berth(&["up", "--wait", "--wait-timeout", "60"]);
    assert_eq!(up.status.code(), Some(0), "{}", text(&up));
    let tmux = Tmux::start("ui-shell");
    let stty = tempfile::NamedTempFile::new().unwrap();
    tmux.line(&command_line(&stack, "ui", "", &stty.path().display().to_string()));
    let ui = |s: &str| s.contains(" services ") && s.contains("▶ box");
    tmux.wait_for("the UI", Duration::from_secs(30), |s| ui(s) && s.contains("e shell"));

    tmux.keys(&["e"]);
    tmux.wait_for("the shell", Duration::from_secs(20), |s| s.contains("berth: shell in box") && !ui(s));
    tmux.line("touch /tmp/from-ui-shell; echo shell-here-$((6*7)) $0");
    let screen = tmux.wait_for("the shell's answer", Duration::from_secs(10), |s| s.contains("shell-here-42"));
    assert!(screen.contains("shell-here-42 /bin/bash") || screen.contains("shell-here-42 /usr/bin/bash"), "{screen}");
    tmux.line("exit");
    let back = tmux.wait_for("the UI back", Duration::from_secs(10), |s| ui(s) && s.contains("shell in box: ended"));
    assert!(back.contains("ended with exit code 0"), "{back}");
    assert!(tmux.alternate_screen(), "the UI is on its own screen again");

    tmux.keys(&["x"]);
    tmux.keys(&["-l", "echo one-off > /tmp/from-ui-x; echo ran-$((2+3)); exit 4"]);
    tmux.wait_for("the prompt", Duration::from_secs(5), |s| s.contains("run in box: echo one-off"));
    tmux.keys(&["Enter"]);
    let out = tmux.wait_for("the command's output", Duration::from_secs(20), |s| {
        s.contains("ran-5") && s.contains("press Enter to return")
    });
    assert!(!ui(&out), "the command has the whole terminal: {out}");
    tmux.keys(&["Enter"]);
    let back = tmux.wait_for("the UI back", Duration::from_secs(10), |s| ui(s) && s.contains("in box: ended"));
    assert!(back.contains("ended with exit code 4"), "{back}");
    // Keys reach the UI again: nothing was left reading the terminal.
    tmux.keys(&["?"]);
    tmux.wait_for("the help", Duration::from_secs(5), |s| s.contains("keys · any key closes"));
    tmux.keys(&["Escape"]);
    tmux.keys(&["q"]);
    tmux.keys(&["Enter"]);
    tmux.wait_for("berth to leave", Duration::from_secs(10), |s| s.contains("EXIT=0"));
    assert_terminal_restored(&tmux, stty.path());

    for file in ["/tmp/from-ui-shell", "/tmp/from-ui-x"] {
        let out = stack.berth(&["exec", "-T", "box", "test", "-f", file]);
        assert_eq!(out.status.code(), Some(0), "{file} was made in the container: {}", text(&out));
    }
    let down = stack.berth(&["down"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));
}

const TLS_SERVER: &str = r#"import http.server, ssl
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Length", "9")
        self.end_headers()
        self.wfile.write(b"secure-ok")
server = http.server.HTTPServer(("", 8443), Handler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain("/tls/cert.pem", "/tls/key.pem")
server.socket = context.wrap_socket(server.socket, server_side=True)
server.serve_forever()
"#;

#[test]
fn an_https_probe_passes_against_a_self_signed_server_only_when_it_says_insecure() {
    let service = |name: &str, insecure: bool| {
        format!(
            "  {name}:\n    image: ${{LIGHT_BACKEND_IMAGE}}\n    command: [python3, /tls/server.py]\n    volumes: ['./tls:/tls:ro']\n    ports: ['8443']\n    x-berth:\n      probe:\n        http: {{port: 8443, https: true, insecure: {insecure}, body: secure-ok}}\n        retries: 3\n        start_period: 2s\n"
        )
    };
    let stack =
        TestStack::from_yaml("https", &format!("services:\n{}{}", service("trusting", true), service("strict", false)));
    stack.write("tls/server.py", TLS_SERVER);
    let made = Command::new("openssl")
        .args(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"])
        .args(["-keyout", &stack.path("tls/key.pem").display().to_string()])
        .args(["-out", &stack.path("tls/cert.pem").display().to_string()])
        .output()
        .expect("openssl runs (scripts/harness installs it)");
    assert!(made.status.success(), "{}", text(&made));
    // The server runs as another user than the one who wrote the key.
    for file in ["tls/key.pem", "tls/cert.pem", "tls/server.py"] {
        std::fs::set_permissions(stack.path(file), std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    }

    let out = stack.berth(&["up", "--wait", "--wait-timeout", "60", "trusting"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let summary = stack.berth(&["config", "--summary"]);
    assert!(text(&summary).contains("https :8443/ → 200"), "{}", text(&summary));

    let out = stack.berth(&["up", "--wait", "--wait-timeout", "60", "strict"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(1), "{output}");
    assert!(output.contains("certificate is not trusted"), "{output}");
    assert!(output.contains("set `insecure: true` on the http probe"), "{output}");

    let down = stack.berth(&["down"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));
}

/// A Docker CLI config folder with one context, stored as `docker context create` stores it.
fn cli_config_with_context(name: &str, host: &str, current: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        use sha2::Digest;
        sha2::Sha256::digest(name.as_bytes()).iter().map(|b| format!("{b:02x}")).collect::<String>()
    };
    let meta = dir.path().join("contexts/meta").join(id);
    std::fs::create_dir_all(&meta).unwrap();
    let body = serde_json::json!({"Name": name, "Metadata": {"Description": "berth test"}, "Endpoints": {"docker": {"Host": host, "SkipTLSVerify": false}}});
    std::fs::write(meta.join("meta.json"), body.to_string()).unwrap();
    if current {
        std::fs::write(dir.path().join("config.json"), format!("{{\"currentContext\": \"{name}\"}}")).unwrap();
    }
    dir
}

#[test]
fn the_docker_clis_current_context_and_docker_context_are_honoured_and_doctor_names_them() {
    let mut stack = stack("context");
    stack.env.retain(|(k, _)| k != "DOCKER_HOST");
    // The engine under test, reached only through a context the CLI config names.
    let config = cli_config_with_context("berth-it-engine", "unix:///var/run/docker.sock", true);
    stack.env.push(("DOCKER_CONFIG".into(), config.path().display().to_string()));
    let up = stack.berth(&["up", "--wait", "--wait-timeout", "60", "box"]);
    assert_eq!(up.status.code(), Some(0), "{}", text(&up));
    let doctor = text(&stack.berth(&["doctor"]));
    assert!(
        doctor.contains(
            "at unix:///var/run/docker.sock (context 'berth-it-engine', from the Docker CLI's current context"
        ),
        "{doctor}"
    );

    // DOCKER_CONTEXT wins over the config's current context.
    let elsewhere = cli_config_with_context("nowhere", "unix:///nonexistent/berth-it.sock", false);
    let mut lost = stack.env.clone();
    lost.retain(|(k, _)| k != "DOCKER_CONFIG");
    lost.push(("DOCKER_CONFIG".into(), elsewhere.path().display().to_string()));
    lost.push(("DOCKER_CONTEXT".into(), "nowhere".into()));
    let out = common::berth(&["-f", &stack.file, "status"], &lost);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains("cannot reach the Docker engine at unix:///nonexistent/berth-it.sock"),
        "{}",
        text(&out)
    );
    assert!(text(&out).contains("the Docker context 'nowhere' points there"), "{}", text(&out));
    lost.retain(|(k, _)| k != "DOCKER_CONTEXT");
    lost.push(("DOCKER_CONTEXT".into(), "typo".into()));
    let out = common::berth(&["-f", &stack.file, "status"], &lost);
    assert!(text(&out).contains("Docker context 'typo' (from DOCKER_CONTEXT) does not exist"), "{}", text(&out));
    assert!(text(&out).contains("docker context ls"), "{}", text(&out));

    let down = stack.berth(&["down"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));
}

const WATCHED_SERVER: &str = r#"import http.server, os
VERSION = "v1"
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        path = "/srv/static/" + self.path.rsplit("/", 1)[-1]
        if self.path == "/version":
            body = VERSION.encode()
        elif os.path.exists(path):
            body = open(path, "rb").read()
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
http.server.HTTPServer(("", 8080), Handler).serve_forever()
"#;

/// The body of a GET on the container port 8080 of `web` as published now; None while it
/// does not answer 200.
fn get(stack: &TestStack, path: &str) -> Option<String> {
    use std::io::Read;
    let id = stack.containers().get("web")?.clone();
    let out = Command::new("docker").args(["port", &id, "8080"]).output().ok()?;
    let port = String::from_utf8_lossy(&out.stdout).lines().next()?.rsplit(':').next()?.trim().to_string();
    let mut conn = std::net::TcpStream::connect(format!("127.0.0.1:{port}")).ok()?;
    conn.set_read_timeout(Some(std::time::Duration::from_secs(2))).ok()?;
    conn.write_all(format!("GET {path} HTTP/1.0\r\nHost: x\r\n\r\n").as_bytes()).ok()?;
    let mut answer = String::new();
    conn.read_to_string(&mut answer).ok()?;
    let (head, body) = answer.split_once("\r\n\r\n")?;
    head.starts_with("HTTP/1.0 200").then(|| body.to_string())
}

#[test]
fn watch_starts_in_sync_then_syncs_and_rebuilds_on_edits_and_unwatched_files_change_nothing() {
    use std::time::{Duration, Instant};
    let stack = TestStack::from_yaml(
        "watch",
        "services:\n  web:\n    build:\n      context: ./web\n      args: {BASE: '${LIGHT_BACKEND_IMAGE}'}\n    ports: ['8080']\n    develop:\n      watch:\n        - {action: rebuild, path: ./web/server.py}\n        - {action: sync, path: ./web/static, target: /srv/static, ignore: ['*.tmp'], include: ['*.txt', '*.tmp'], initial_sync: true}\n    x-berth:\n      probe:\n        http: {port: 8080, path: /version}\n",
    );
    stack.write("web/Dockerfile", "ARG BASE\nFROM ${BASE}\nRUN mkdir -p /srv/static\nCOPY server.py /app/server.py\nCMD [\"python3\", \"/app/server.py\"]\n");
    stack.write("web/server.py", WATCHED_SERVER);
    stack.write("web/static/index.txt", "index");
    let log = tempfile::NamedTempFile::new().unwrap();
    let mut watcher = Command::new(env!("CARGO_BIN_EXE_berth"))
        .args(["-f", &stack.file, "watch"])
        .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .env("NO_COLOR", "1")
        .stdout(log.reopen().unwrap())
        .stderr(log.reopen().unwrap())
        .spawn()
        .unwrap();
    let said = || std::fs::read_to_string(log.path()).unwrap_or_default();
    wait_until("the watch to start", Duration::from_secs(120), || said().contains("watching web for changes"), said);
    assert_eq!(get(&stack, "/version").as_deref(), Some("v1"), "{}", said());
    let first = stack.containers()["web"].clone();
    // initial_sync: the image has no static files; the one on the host is there from the start.
    assert!(said().contains("initial sync: 1 file(s) into the container"), "{}", said());
    assert_eq!(get(&stack, "/index.txt").as_deref(), Some("index"), "{}", said());

    // sync: a new file is in the container, the container is the same one.
    stack.write("web/static/hello.txt", "hello from the host");
    wait_until(
        "the synced file",
        Duration::from_secs(15),
        || get(&stack, "/hello.txt").as_deref() == Some("hello from the host"),
        said,
    );
    assert_eq!(stack.containers()["web"], first);

    // An ignored file, and one that `include` does not name, change nothing.
    stack.write("web/static/notes.tmp", "scratch");
    stack.write("web/static/style.css", "body {}");
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(get(&stack, "/notes.tmp"), None, "{}", said());
    assert_eq!(get(&stack, "/style.css"), None, "{}", said());
    assert!(!said().contains("notes.tmp") && !said().contains("style.css"), "{}", said());
    assert_eq!(stack.containers()["web"], first);

    // rebuild: an edit to the source is live and healthy again without a command.
    let image_id = || common::docker(&["image", "inspect", "-f", "{{.Id}}", &format!("{}-web:latest", stack.name)]);
    let replaced = image_id();
    let edited = Instant::now();
    stack.write("web/server.py", &WATCHED_SERVER.replace("\"v1\"", "\"v2\""));
    wait_until("the rebuilt service", Duration::from_secs(120), || said().contains("rebuild done, ready again"), said);
    let edit_to_ready = edited.elapsed();
    assert_eq!(get(&stack, "/version").as_deref(), Some("v2"), "{}", said());
    assert_ne!(stack.containers()["web"], first, "the container was recreated from the new image");
    // As compose's `watch --prune` (the default): the image it replaced, nameless now, is gone.
    assert_ne!(image_id(), replaced);
    let gone = Command::new("docker").args(["image", "inspect", replaced.trim()]).output().unwrap();
    assert!(!gone.status.success(), "the replaced image {replaced} is still there");
    eprintln!("watch: edit to ready after a rebuild took {:.2}s", edit_to_ready.as_secs_f64());

    let interrupt = Command::new("kill").args(["-INT", &watcher.id().to_string()]).status().unwrap();
    assert!(interrupt.success());
    let status = watcher.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{}", said());
    assert!(said().contains("stopped watching; stack"), "{}", said());
    let image = format!("{}-web:latest", stack.name);
    let down = stack.berth(&["down"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));
    common::docker(&["image", "rm", "-f", &image]);
}

#[test]
fn headless_up_on_a_terminal_shows_live_bars_that_are_gone_when_it_ends() {
    use common::tmux::{command_line, Tmux};
    use std::time::Duration;
    let stack = TestStack::from_yaml(
        "bars",
        "services:\n  slow:\n    build:\n      context: ./slow\n      args: {BASE: '${BASE}'}\n    command: [sleep, '600']\n",
    );
    let marker = format!(
        "{}-{}",
        std::process::id(),
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
    );
    stack.write("slow/Dockerfile", &format!("ARG BASE\nFROM ${{BASE}}\nRUN sleep 4 && echo {marker} > /built\n"));
    let tmux = Tmux::start("bars");
    let stty = tempfile::NamedTempFile::new().unwrap();
    tmux.line(&command_line(&stack, "up --wait --build", "", &stty.path().display().to_string()));
    let building = tmux.wait_for("the build step's bar", Duration::from_secs(60), |s| {
        s.lines().any(|l| l.starts_with("slow") && l.contains("RUN sleep 4") && l.ends_with('s'))
    });
    assert!(!building.contains("EXIT="), "{building}");
    let done = tmux.wait_for("the up to end", Duration::from_secs(60), |s| s.contains("EXIT="));
    assert!(done.contains("EXIT=0"), "{done}");
    assert!(done.contains("slow | ready in"), "the plain lines stay: {done}");
    let spinners = ['⠁', '⠂', '⠄', '⡀', '⢀', '⠠', '⠐', '⠈', '⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
    assert!(!done.chars().any(|c| spinners.contains(&c)), "no bar is left behind: {done}");
    let down = stack.berth(&["down"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));
    common::docker(&["image", "rm", "-f", &format!("{}-slow:latest", stack.name)]);
}

/// `berth env` with stdout a terminal (util-linux `script` gives it a pty): what a person sees.
fn env_on_a_terminal(stack: &TestStack, extra: &str) -> String {
    let line = format!("{} -f {} env {extra}", env!("CARGO_BIN_EXE_berth"), stack.file);
    let out = Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdin(Stdio::null())
        .output()
        .expect("script runs");
    assert!(out.status.success(), "{}", text(&out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn env_hands_programs_working_settings_and_people_masked_ones() {
    let mut stack = TestStack::light_stack("env-programs");
    stack.env.push(("AWS_EMULATOR_IMAGE".into(), common::image("MOTO_IMAGE")));
    // Before `up`: a clear error, not an empty list.
    let out = stack.berth(&["env", "--format", "shell"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("is not running") && text(&out).contains("berth up"), "{}", text(&out));
    assert!(out.stdout.is_empty(), "nothing a program could take for settings: {}", text(&out));

    let up = stack.berth(&["up", "--wait", "--wait-timeout", "180", "localstack", "postgres", "redis"]);
    assert_eq!(up.status.code(), Some(0), "{}", text(&up));

    // eval "$(berth env --format shell)", then the host's own clients.
    let script = format!(
        "set -e; eval \"$({} -f {} env --format shell)\"; psql -tAc 'select 1'; redis-cli -u \"$REDIS_URL\" ping; \
         docker run --rm --network host -e AWS_ENDPOINT_URL -e AWS_ACCESS_KEY_ID -e AWS_SECRET_ACCESS_KEY -e AWS_REGION \
         --entrypoint aws {} s3api list-buckets --query 'Buckets[].Name' --output text",
        env!("CARGO_BIN_EXE_berth"),
        stack.file,
        common::image("LOCALSTACK_IMAGE"),
    );
    let out = Command::new("bash")
        .args(["-c", &script])
        .envs(stack.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .output()
        .expect("bash runs");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<&str> = said.lines().collect();
    assert_eq!(lines[..2], ["1", "PONG"], "{said}");
    assert!(lines[2].contains("ysh-uploads"), "the AWS CLI lists the seeded buckets: {said}");
    // The services not started are named, not silently left out.
    assert!(String::from_utf8_lossy(&out.stderr).contains("not running, so no variables for: backend, storefront"));

    // `berth env --format dotenv > .env.local`, read by a small program that parses the file
    // itself and connects with what it holds.
    let dotenv = stack.berth(&["env", "--format", "dotenv"]);
    assert_eq!(dotenv.status.code(), Some(0), "{}", text(&dotenv));
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), &dotenv.stdout).unwrap();
    let program = r#"
import os, shlex, socket, subprocess, sys, urllib.parse, urllib.request
env = {}
for line in open(sys.argv[1]):
    key, _, value = line.rstrip("\n").partition("=")
    env[key] = shlex.split(value)[0] if value else ""
db = urllib.parse.urlparse(env["DATABASE_URL"])
rows = subprocess.run(["psql", env["DATABASE_URL"], "-tAc", "select count(*) > 0 from products"],
                      capture_output=True, text=True, check=True).stdout.strip()
redis = urllib.parse.urlparse(env["REDIS_URL"])
s = socket.create_connection((redis.hostname, redis.port)); s.sendall(b"PING\r\n"); pong = s.recv(7)
status = urllib.request.urlopen(env["AWS_ENDPOINT_URL"] + "/moto-api/data.json").status
print(db.password == env["PGPASSWORD"], rows, pong.decode().strip(), status)
"#;
    let out = Command::new("python3").args(["-c", program]).arg(file.path()).output().expect("python3 runs");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "True t +PONG 200",
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // The rule, per output: real for a program, masked for a person or when asked.
    let password = "medusa_password";
    for format in ["shell", "dotenv", "json"] {
        let to_program = text(&stack.berth(&["env", "--format", format]));
        assert!(to_program.contains(password), "{format} to a pipe carries the real value: {to_program}");
        let masked = stack.berth(&["env", "--format", format, "--mask"]);
        let masked = String::from_utf8_lossy(&masked.stdout).into_owned();
        assert!(!masked.contains(password) && masked.contains("••••"), "{format} --mask: {masked}");
        let screen = env_on_a_terminal(&stack, &format!("--format {format}"));
        assert!(!screen.contains(password) && screen.contains("••••"), "{format} on a terminal: {screen}");
    }
    let shown = env_on_a_terminal(&stack, "--show-secrets");
    assert!(shown.contains(password), "--show-secrets on a terminal: {shown}");
    // `config` is compose's model for programs: real values, as `docker compose config` prints.
    let config = text(&stack.berth(&["config", "--format", "json"]));
    assert!(config.contains(password), "{config}");

    let down = stack.berth(&["down", "-v"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));
}

#[test]
fn values_the_stack_marks_secret_are_masked_in_every_output_a_person_reads() {
    let stack = TestStack::from_yaml(
        "marked",
        "services:\n  printer:\n    image: ${BASE}\n    command: [sh, -c, 'echo pw=$$APP_DB_PASSWORD; echo url=$$DATABASE_URL; echo plain=$$GREETING; sleep 600']\n    environment:\n      APP_DB_PASSWORD: pw-71c3e9aa\n      DATABASE_URL: postgres://u:url-pw-5512@db/x\n      GREETING: hello-greeting\n    healthcheck: {test: [CMD-SHELL, 'false'], interval: 1s, retries: 1}\n",
    );
    // Waiting fails (the healthcheck never passes): the failure report shows the last log lines.
    let up = stack.berth(&["up", "--wait", "--wait-timeout", "10"]);
    let logs = stack.berth(&["logs", "printer"]);
    let status = stack.berth(&["status"]);
    let status_json = stack.berth(&["status", "--json"]);
    for (what, out) in [("up", &up), ("logs", &logs), ("status", &status), ("status --json", &status_json)] {
        let all = text(out);
        assert!(!all.contains("pw-71c3e9aa") && !all.contains("url-pw-5512"), "{what}: {all}");
    }
    let logs = text(&logs);
    assert!(logs.contains("pw=••••") && logs.contains("url=postgres://u:••••@db/x"), "{logs}");
    assert!(logs.contains("plain=hello-greeting"), "only what is marked is masked: {logs}");
    let shown = text(&stack.berth(&["logs", "printer", "--show-secrets"]));
    assert!(shown.contains("pw=pw-71c3e9aa"), "--show-secrets reveals: {shown}");
    let down = stack.berth(&["down"]);
    assert_eq!(down.status.code(), Some(0), "{}", text(&down));
}

//! Shared pieces of the integration tests: the offline images and real containers.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

pub mod fixtures;
pub mod tmux;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The env file `scripts/harness images` writes. Missing means the harness did not run:
/// that is a failure, never a skip.
pub fn images_env_file() -> PathBuf {
    let path = std::env::var_os("BERTH_TEST_ENV_FILE")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/berth-test/images.env"));
    assert!(
        path.is_file(),
        "{} is missing: run the tests with scripts/test (it starts Docker and builds the offline images)",
        path.display()
    );
    path
}

pub fn images() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(images_env_file()).expect("read images env file");
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

pub fn image(var: &str) -> String {
    images().remove(var).unwrap_or_else(|| panic!("{var} missing from the images env file"))
}

pub fn docker(args: &[&str]) -> String {
    let out = Command::new("docker").args(args).output().expect("run docker CLI");
    assert!(out.status.success(), "docker {} failed: {}", args.join(" "), String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// A container that is removed when the test ends, pass or fail.
pub struct Container {
    pub name: String,
}

impl Container {
    pub fn run(name: &str, image: &str, port: u16, env: &[(&str, &str)], extra: &[&str]) -> Container {
        let name = format!("berth-it-{}-{name}", std::process::id());
        let mut args: Vec<String> = vec!["run".into(), "-d".into(), "--name".into(), name.clone()];
        args.push("-p".into());
        args.push(format!("127.0.0.1::{port}"));
        for (k, v) in env {
            args.push("-e".into());
            args.push(format!("{k}={v}"));
        }
        args.extend(extra.iter().map(|s| s.to_string()));
        args.push(image.into());
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        docker(&argv);
        Container { name }
    }

    /// The host port the engine published for `port`.
    pub fn host_port(&self, port: u16) -> u16 {
        let out = docker(&["port", &self.name, &port.to_string()]);
        out.lines()
            .next()
            .and_then(|l| l.rsplit(':').next())
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("no published port for {port}: {out}"))
    }

    pub fn logs(&self) -> String {
        let out = Command::new("docker").args(["logs", &self.name]).output().expect("docker logs");
        format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
    }
}

impl Drop for Container {
    fn drop(&mut self) {
        let _ = Command::new("docker").args(["rm", "-f", "-v", &self.name]).output();
    }
}

/// Retries `check` until it returns Ok or `limit` passes; the last error explains a failure.
pub async fn eventually<T, F, Fut>(limit: Duration, what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, String>>,
{
    let start = Instant::now();
    loop {
        match check().await {
            Ok(v) => return v,
            Err(e) if start.elapsed() > limit => {
                panic!("{what}: still failing after {limit:?}: {e}")
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
}

/// A host port nothing listens on right now, never handed out twice in this test process.
///
/// Ports come from below the kernel's ephemeral range (32768+), so an outgoing connection
/// cannot take one between the pick and the container's bind, and a process-wide set keeps
/// two parallel tests (or two services of one stack) from getting the same port.
pub fn free_port() -> u16 {
    use std::sync::Mutex;
    static HANDED_OUT: Mutex<Vec<u16>> = Mutex::new(Vec::new());
    const FIRST: u32 = 20_000;
    const SPAN: u32 = 12_000;
    let mut handed_out = HANDED_OUT.lock().unwrap_or_else(|e| e.into_inner());
    let seed = std::process::id() * 7919 + handed_out.len() as u32 * 104_729;
    for step in 0..SPAN {
        let port = (FIRST + (seed + step) % SPAN) as u16;
        if handed_out.contains(&port) || std::net::TcpListener::bind(("127.0.0.1", port)).is_err() {
            continue;
        }
        handed_out.push(port);
        return port;
    }
    panic!("no free port between {FIRST} and {}", FIRST + SPAN);
}

/// Runs the berth binary with `env` added to the environment.
pub fn berth(args: &[&str], env: &[(String, String)]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_berth"))
        .args(args)
        .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .env("NO_COLOR", "1")
        .current_dir(root())
        .output()
        .expect("run berth")
}

pub fn text(out: &std::process::Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

/// A stack under test: a unique name, its own env, and `berth down -v` when dropped, pass or fail.
pub struct TestStack {
    pub name: String,
    pub file: String,
    pub env: Vec<(String, String)>,
    _dir: Option<tempfile::TempDir>,
}

impl TestStack {
    /// The stack file at `file` (relative to the repository) with the offline images.
    pub fn existing(tag: &str, file: &str, extra_env: &[(&str, String)]) -> TestStack {
        let name = format!("berth-it-{tag}-{}", std::process::id());
        let mut env: Vec<(String, String)> = vec![("COMPOSE_PROJECT_NAME".into(), name.clone())];
        env.extend(images());
        env.extend(extra_env.iter().map(|(k, v)| (k.to_string(), v.clone())));
        TestStack { name, file: root().join(file).display().to_string(), env, _dir: None }
    }

    /// The light stack (`stacks/ysh-b2b-light.yaml`: the platform's shape with Python
    /// stand-ins for the apps) with every published port on a free one.
    pub fn light_stack(tag: &str) -> TestStack {
        TestStack::with_free_ports(tag, "stacks/ysh-b2b-light.yaml")
    }

    /// The default stack (`stacks/ysh-b2b.yaml`: the real Medusa backend and Next.js
    /// storefront) with every published port on a free one.
    pub fn platform_stack(tag: &str) -> TestStack {
        TestStack::with_free_ports(tag, "stacks/ysh-b2b.yaml")
    }

    /// The light stack's compose file (`docker-compose.light.yml`), every published port on
    /// a free one.
    pub fn light_compose(tag: &str) -> TestStack {
        TestStack::with_free_ports(tag, "docker-compose.light.yml")
    }

    fn with_free_ports(tag: &str, file: &str) -> TestStack {
        let ports = [
            "LOCALSTACK_PORT",
            "POSTGRES_PORT",
            "REDIS_PORT",
            "BACKEND_PORT",
            "STOREFRONT_PORT",
            "STOREFRONT_DEV_PORT",
            "BACKEND_DEV_PORT",
        ];
        let env: Vec<(&str, String)> = ports.iter().map(|p| (*p, free_port().to_string())).collect();
        TestStack::existing(tag, file, &env)
    }

    /// A stack file written from `yaml` into a temporary folder; `${BASE}` is the offline Debian image.
    pub fn from_yaml(tag: &str, yaml: &str) -> TestStack {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("stack.yaml");
        std::fs::write(&file, yaml).expect("write stack file");
        let mut stack = TestStack::existing(tag, "stacks/ysh-b2b-light.yaml", &[]);
        stack.env.push(("BASE".into(), image("BERTH_BASE_IMAGE")));
        stack.file = file.display().to_string();
        stack._dir = Some(dir);
        stack
    }

    /// Writes a file beside the stack file (for build contexts, seed folders, env files).
    pub fn write(&self, relative: &str, content: &str) {
        let dir = self._dir.as_ref().expect("only stacks from_yaml have a folder");
        let path = dir.path().join(relative);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, content).expect("write");
    }

    /// A path beside the stack file.
    pub fn path(&self, relative: &str) -> PathBuf {
        self._dir.as_ref().expect("only stacks from_yaml have a folder").path().join(relative)
    }

    pub fn berth(&self, args: &[&str]) -> std::process::Output {
        // Before the command: after `logs`, `-f` means follow, as in compose.
        let mut full: Vec<&str> = vec!["-f", &self.file];
        full.extend(args);
        berth(&full, &self.env)
    }

    /// `berth -f FILE ARGS…` started in the background, its output captured, for a test that
    /// acts while the command runs.
    pub fn spawn(&self, args: &[&str]) -> std::process::Child {
        Command::new(env!("CARGO_BIN_EXE_berth"))
            .args(["-f", self.file.as_str()])
            .args(args)
            .envs(self.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .env("NO_COLOR", "1")
            .current_dir(root())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn berth")
    }

    /// The value the stack's environment gives `key` (the last one set wins, as in the env).
    pub fn env_value(&self, key: &str) -> String {
        let found = self.env.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        found.unwrap_or_else(|| panic!("{key} is not set for the stack {}", self.name))
    }

    /// Ids of the containers carrying this stack's labels, by service.
    pub fn containers(&self) -> BTreeMap<String, String> {
        let out = docker(&[
            "ps",
            "-a",
            "--filter",
            &format!("label=dev.berth.stack={}", self.name),
            "--format",
            "{{.Label \"dev.berth.service\"}} {{.ID}}",
        ]);
        out.lines().filter_map(|l| l.split_once(' ')).map(|(s, id)| (s.to_string(), id.to_string())).collect()
    }

    /// The id of `service`'s container; the test fails when it has none.
    pub fn container(&self, service: &str) -> String {
        self.containers().remove(service).unwrap_or_else(|| panic!("no container for {service}"))
    }

    /// Networks and volumes carrying this stack's labels.
    pub fn other_resources(&self) -> Vec<String> {
        let filter = format!("label=dev.berth.stack={}", self.name);
        let mut out: Vec<String> =
            docker(&["network", "ls", "-q", "--filter", &filter]).lines().map(|l| format!("network {l}")).collect();
        out.extend(docker(&["volume", "ls", "-q", "--filter", &filter]).lines().map(|l| format!("volume {l}")));
        out
    }
}

impl Drop for TestStack {
    fn drop(&mut self) {
        // Through the machine's own engine: a test may have pointed DOCKER_HOST at a front it cut.
        let env: Vec<(String, String)> = self.env.iter().filter(|(k, _)| k != "DOCKER_HOST").cloned().collect();
        let _ = berth(&["-f", &self.file, "down", "-v"], &env);
        // Generated secrets, the seeding marker, walkthrough progress of this stack.
        let _ = std::fs::remove_dir_all(root().join(".berth").join(&self.name));
    }
}

/// Polls `ok` until it holds; fails after `limit` naming `what`, with `context()` (a log,
/// say) to show why.
pub fn wait_until(what: &str, limit: Duration, ok: impl Fn() -> bool, context: impl Fn() -> String) {
    let start = Instant::now();
    while !ok() {
        assert!(start.elapsed() < limit, "waited {limit:?} for {what}\n{}", context());
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A loopback TCP endpoint in front of the daemon's unix socket, as a remote engine would be.
/// With `refuse_sessions`, it answers `/session` with 404, as an engine without BuildKit does.
pub fn tcp_forwarder(refuse_sessions: bool) -> u16 {
    let front = EngineFront::start(refuse_sessions);
    let port = front.port;
    std::mem::forget(front);
    port
}

/// The engine as a client at `tcp://127.0.0.1:PORT` sees it, with a switch: `cut` drops every
/// open connection and closes the port (what a stopped daemon looks like from outside),
/// `restore` opens it again on the same port.
pub struct EngineFront {
    pub port: u16,
    up: std::sync::Arc<std::sync::atomic::AtomicBool>,
    open: std::sync::Arc<std::sync::Mutex<Vec<std::net::TcpStream>>>,
}

impl EngineFront {
    pub fn start(refuse_sessions: bool) -> EngineFront {
        use std::sync::atomic::Ordering;
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind forwarder");
        let port = listener.local_addr().expect("addr").port();
        let up = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
        let open = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (flag, streams) = (up.clone(), open.clone());
        std::thread::spawn(move || {
            let mut listener = Some(listener);
            loop {
                if !flag.load(Ordering::SeqCst) {
                    listener = None;
                    std::thread::sleep(Duration::from_millis(10));
                    continue;
                }
                let l = listener.get_or_insert_with(|| {
                    std::net::TcpListener::bind(("127.0.0.1", port)).expect("rebind the engine front")
                });
                l.set_nonblocking(true).expect("nonblocking");
                match l.accept() {
                    Ok((conn, _)) => {
                        conn.set_nonblocking(false).expect("blocking");
                        streams.lock().unwrap().push(conn.try_clone().expect("clone"));
                        std::thread::spawn(move || forward(conn, refuse_sessions));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(10)),
                }
            }
        });
        EngineFront { port, up, open }
    }

    pub fn docker_host(&self) -> String {
        format!("tcp://127.0.0.1:{}", self.port)
    }

    pub fn cut(&self) {
        self.up.store(false, std::sync::atomic::Ordering::SeqCst);
        for conn in self.open.lock().unwrap().drain(..) {
            let _ = conn.shutdown(std::net::Shutdown::Both);
        }
        // Until the port is closed, a new connection could still be accepted.
        let start = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
            assert!(start.elapsed() < Duration::from_secs(5), "the engine front did not close");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    pub fn restore(&self) {
        self.up.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

fn forward(mut conn: std::net::TcpStream, refuse_sessions: bool) {
    use std::io::{Read, Write};
    let mut first = [0u8; 64];
    let Ok(n) = conn.read(&mut first) else { return };
    let head = String::from_utf8_lossy(&first[..n]).to_string();
    if refuse_sessions && head.starts_with("POST /session") {
        let _ = conn.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return;
    }
    let Ok(mut sock) = std::os::unix::net::UnixStream::connect("/var/run/docker.sock") else { return };
    if sock.write_all(&first[..n]).is_err() {
        return;
    }
    let (mut a_read, mut b_write) = (conn.try_clone().expect("clone"), sock.try_clone().expect("clone"));
    let t = std::thread::spawn(move || {
        let _ = std::io::copy(&mut a_read, &mut b_write);
        let _ = b_write.shutdown(std::net::Shutdown::Write);
    });
    let (mut b_read, mut a_write) = (sock, conn);
    let _ = std::io::copy(&mut b_read, &mut a_write);
    let _ = a_write.shutdown(std::net::Shutdown::Write);
    let _ = t.join();
}

/// Docker Compose v2, the oracle and the peer, as `scripts/harness images` installed it.
/// Missing or not v2 is a failure, never a skip.
pub fn compose_v2() -> PathBuf {
    let path = images().remove("COMPOSE_V2").map(PathBuf::from).unwrap_or_else(|| {
        panic!("COMPOSE_V2 missing from {}: run scripts/harness images", images_env_file().display())
    });
    let out = Command::new(&path).arg("version").output().unwrap_or_else(|e| {
        panic!("Docker Compose v2 at {} does not run: {e}; run scripts/harness images", path.display())
    });
    let version = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(version.contains("version v2."), "{} is not Docker Compose v2: {version}", path.display());
    path
}

/// `docker compose -p PROJECT down -v --remove-orphans` when dropped, pass or fail: the
/// compose side of a comparison leaves nothing behind.
pub struct ComposeDown {
    pub project: String,
    pub dir: PathBuf,
    pub env: Vec<(String, String)>,
}

impl Drop for ComposeDown {
    fn drop(&mut self) {
        let _ = Command::new(compose_v2())
            .args(["-p", &self.project, "down", "-v", "--remove-orphans"])
            .envs(self.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .current_dir(&self.dir)
            .output();
    }
}

/// Runs Docker Compose v2 with `env` added and asserts it succeeded; returns stdout.
pub fn compose(args: &[&str], env: &[(String, String)], dir: &std::path::Path) -> String {
    let out = Command::new(compose_v2())
        .args(args)
        .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .current_dir(dir)
        .output()
        .expect("run docker compose v2");
    assert!(out.status.success(), "docker compose {} failed: {}", args.join(" "), text(&out));
    String::from_utf8_lossy(&out.stdout).to_string()
}

/// An HTTP GET from the host: the status line, headers and body.
pub fn http_get(host: &str, port: u16, path: &str) -> Result<String, String> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect((host, port)).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(5))).map_err(|e| e.to_string())?;
    write!(s, "GET {path} HTTP/1.0\r\nHost: {host}\r\n\r\n").map_err(|e| e.to_string())?;
    let mut body = String::new();
    s.read_to_string(&mut body).map_err(|e| e.to_string())?;
    Ok(body)
}

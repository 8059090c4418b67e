//! BuildKit builds on the real engine: a four-stage Dockerfile modelled on the
//! platform's backend (cache mount, build secret, non-root runner), the cache
//! on a rebuild, a failing step, and a `# syntax=` frontend that cannot be had.

mod common;

use common::{docker, tcp_forwarder, text, TestStack};

/// A stack with one service built from `./backend`, its Dockerfile written by each test.
const ONE_BUILD: &str = "services:\n  backend:\n    build:\n      context: ./backend\n      args: {BASE: '${BASE}'}\n";

const SECRET: &str = "DATABASE_URL=postgres://builder:s3cr3t-4f9a1c@db/app";

/// Four stages like the plan's backend Dockerfile: base, deps (cache mount), builder (reads
/// the build secret), runner (non-root, only the built artefact).
const DOCKERFILE: &str = r#"ARG BASE
FROM ${BASE} AS base
WORKDIR /app

FROM base AS deps
COPY package.txt ./
RUN --mount=type=cache,target=/root/.cache/deps,sharing=locked \
    cp package.txt /root/.cache/deps/ && ls /root/.cache/deps > deps.txt

FROM deps AS builder
COPY src ./src
RUN --mount=type=secret,id=env,target=/app/.env.build \
    test -s /app/.env.build && sha256sum < /app/.env.build | cut -c1-64 > secret.sha && cat src/* package.txt > app.bin

FROM base AS runner
RUN echo 'app:x:10001:10001::/app:/bin/false' >> /etc/passwd
COPY --from=builder /app/app.bin /app/secret.sha ./
USER 10001
CMD ["cat", "/app/app.bin"]
"#;

fn platform_stack(tag: &str) -> (TestStack, String) {
    let image = format!("berth-it-build/{tag}-{}:dev", std::process::id());
    let stack = TestStack::from_yaml(
        tag,
        &format!(
            "secrets:\n  env:\n    file: ./build.env\nservices:\n  backend:\n    image: {image}\n    build:\n      context: ./backend\n      target: runner\n      args: {{BASE: '${{BASE}}'}}\n      secrets: [env]\n"
        ),
    );
    stack.write("build.env", SECRET);
    stack.write("backend/Dockerfile", DOCKERFILE);
    // Content of its own per test: BuildKit shares steps that run at the same time between
    // builds, and a shared step reports its progress to only one of them.
    stack.write("backend/package.txt", &format!("left-pad 1.3.0 # {tag} {}\n", std::process::id()));
    stack.write("backend/src/main.txt", "hello from the built app\n");
    (stack, image)
}

/// Builds on this engine while the cache test runs: it holds the lock alone, every other
/// build holds it shared. On a new engine (scripts/first-run), a build started while another
/// build on the same base image is still running got no cache at all — every step ran again
/// — and compose v2 did the same in the same sequence: BuildKit's behaviour, not berth's, and
/// the cache test's assertion is about berth alone. On a warm engine the other builds are all
/// cache and end at once, which is why only a first run saw it.
static ENGINE_BUILDS: std::sync::RwLock<()> = std::sync::RwLock::new(());

fn building_beside_others() -> std::sync::RwLockReadGuard<'static, ()> {
    ENGINE_BUILDS.read().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn building_alone() -> std::sync::RwLockWriteGuard<'static, ()> {
    ENGINE_BUILDS.write().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// (steps, cached) from berth's "built … in …, C of N steps from cache" line.
fn cache_count(output: &str) -> (usize, usize) {
    let line =
        output.lines().find(|l| l.contains("steps from cache")).unwrap_or_else(|| panic!("no summary: {output}"));
    let words: Vec<&str> = line.split_whitespace().collect();
    let of = words.iter().position(|w| *w == "of").expect("'of' in the summary");
    (words[of + 1].parse().expect("steps"), words[of - 1].trim_start_matches(',').parse().expect("cached"))
}

#[test]
fn buildkit_builds_the_runner_target_with_a_secret_that_stays_out_of_every_layer() {
    let _builds = building_beside_others();
    let (stack, image) = platform_stack("bk-secret");
    let out = stack.berth(&["build"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(0), "{output}");
    assert!(output.contains("[builder 2/2] RUN --mount=type=secret"), "BuildKit steps are reported: {output}");
    cache_count(&output);

    assert_eq!(docker(&["image", "inspect", "--format", "{{.Config.User}}", &image]), "10001");
    // The build read the secret (its hash is in the image) ...
    let sha = docker(&["run", "--rm", "--entrypoint", "cat", &image, "/app/secret.sha"]);
    let expected = {
        use std::io::Write;
        let mut child = std::process::Command::new("sha256sum")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("sha256sum");
        child.stdin.take().expect("stdin").write_all(SECRET.as_bytes()).expect("write");
        String::from_utf8(child.wait_with_output().expect("sha256sum").stdout).expect("utf8")[..64].to_string()
    };
    assert_eq!(sha, expected);
    let run = docker(&["run", "--rm", &image]);
    assert!(run.starts_with("hello from the built app"), "{run}");
    // ... but its value is in no layer, no history entry, no config.
    let saved = std::process::Command::new("docker").args(["save", &image]).output().expect("docker save");
    assert!(saved.status.success() && saved.stdout.len() > 1000);
    let needle = b"s3cr3t-4f9a1c";
    assert!(!saved.stdout.windows(needle.len()).any(|w| w == needle), "the secret is in the exported image");
    let history = docker(&["history", "--no-trunc", &image]);
    assert!(!history.contains("s3cr3t"), "{history}");
    assert!(!output.contains("s3cr3t"), "{output}");
    docker(&["image", "rm", "-f", &image]);
}

#[test]
fn a_second_build_is_all_cache_and_a_change_rebuilds_from_the_first_affected_step() {
    let _alone = building_alone();
    let (stack, image) = platform_stack("bk-cache");
    let first = stack.berth(&["build"]);
    assert_eq!(first.status.code(), Some(0), "{}", text(&first));

    let again = stack.berth(&["build"]);
    let output = text(&again);
    assert_eq!(again.status.code(), Some(0), "{output}");
    let (steps, cached) = cache_count(&output);
    assert!(steps >= 6, "{output}");
    assert_eq!(cached, steps, "nothing changed, every step comes from cache: {output}");

    stack.write("backend/src/main.txt", "hello from a changed app\n");
    let changed = stack.berth(&["build"]);
    let output = text(&changed);
    assert_eq!(changed.status.code(), Some(0), "{output}");
    let status_of = |step: &str| {
        output.lines().find(|l| l.contains(step)).unwrap_or_else(|| panic!("no line for {step}: {output}")).to_string()
    };
    for before in ["COPY package.txt", "RUN --mount=type=cache", "WORKDIR /app"] {
        assert!(status_of(before).ends_with("CACHED"), "{before} comes before the change: {output}");
    }
    for after in ["COPY src ./src", "RUN --mount=type=secret", "COPY --from=builder"] {
        assert!(!status_of(after).ends_with("CACHED"), "{after} is affected by the change: {output}");
    }
    let (steps_now, cached_now) = cache_count(&output);
    assert_eq!(steps_now, steps);
    assert_eq!(cached_now, steps - 3, "exactly the three affected steps ran again: {output}");
    let run = docker(&["run", "--rm", &image]);
    assert!(run.starts_with("hello from a changed app"), "{run}");
    docker(&["image", "rm", "-f", &image]);
}

#[test]
fn a_failing_run_step_exits_1_naming_the_service_the_step_and_its_last_output() {
    let _builds = building_beside_others();
    let stack = TestStack::from_yaml("bk-fail", ONE_BUILD);
    stack.write(
        "backend/Dockerfile",
        "ARG BASE\nFROM ${BASE}\nRUN echo compiling widgets && echo 'error: widget 7 is broken' >&2 && exit 3\n",
    );
    let out = stack.berth(&["build"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(1), "{output}");
    assert!(output.contains("service 'backend' failed"), "{output}");
    assert!(output.contains("[2/2] RUN echo compiling widgets"), "names the step: {output}");
    assert!(output.contains("exit code: 3"), "{output}");
    assert!(output.contains("| error: widget 7 is broken"), "shows the step's last output: {output}");
}

#[test]
fn a_syntax_line_whose_frontend_cannot_be_pulled_says_so_and_what_to_do() {
    let _builds = building_beside_others();
    let stack = TestStack::from_yaml("bk-syntax", ONE_BUILD);
    stack.write("backend/Dockerfile", "# syntax=127.0.0.1:9/none:latest\nARG BASE\nFROM ${BASE}\nRUN true\n");
    let out = stack.berth(&["build"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(1), "{output}");
    assert!(output.contains("`# syntax=127.0.0.1:9/none:latest` line needs the BuildKit frontend image"), "{output}");
    assert!(output.contains("remove the `# syntax=` line"), "{output}");
    assert!(output.contains("pre-load that image"), "{output}");
}

#[test]
fn build_names_a_service_that_does_not_build() {
    let stack = TestStack::from_yaml("bk-unknown", "services:\n  cache:\n    image: ${BASE}\n");
    let out = stack.berth(&["build", "cache"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("'cache' is not a service with `build:`"), "{}", text(&out));
}

#[test]
fn an_engine_without_buildkit_gets_the_classic_builder_and_berth_says_so() {
    let _builds = building_beside_others();
    let mut stack = TestStack::from_yaml("bk-classic", ONE_BUILD);
    stack.write(
        "backend/Dockerfile",
        &format!("ARG BASE\nFROM ${{BASE}}\nRUN echo classic-{} > /built\n", std::process::id()),
    );
    stack.env.push(("DOCKER_HOST".into(), format!("tcp://127.0.0.1:{}", tcp_forwarder(true))));
    let out = stack.berth(&["build"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(0), "{output}");
    assert!(output.contains("BuildKit is not available (the engine answered 404 Not Found"), "{output}");
    assert!(output.contains("building with the classic builder"), "{output}");
    assert!(output.contains("Step 2/3 : FROM") || output.contains("Step 3/3 : RUN"), "classic output: {output}");
    let image = format!("{}-backend:latest", stack.name);
    let built = docker(&["run", "--rm", &image, "cat", "/built"]);
    assert_eq!(built, format!("classic-{}", std::process::id()));
    docker(&["image", "rm", "-f", &image]);
}

/// Peak resident memory (VmHWM, KiB) of a running process, sampled until it exits.
fn run_sampling_peak_memory(mut command: std::process::Command) -> (std::process::Output, u64) {
    let child = command.stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().unwrap();
    let status_file = format!("/proc/{}/status", child.id());
    let (done, finished) = std::sync::mpsc::channel();
    let sampler = std::thread::spawn(move || {
        let mut peak = 0u64;
        while finished.try_recv().is_err() {
            let hwm = std::fs::read_to_string(&status_file).ok().and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("VmHWM:"))
                    .and_then(|v| v.trim().trim_end_matches(" kB").parse().ok())
            });
            peak = peak.max(hwm.unwrap_or(0));
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        peak
    });
    let output = child.wait_with_output().unwrap();
    let _ = done.send(());
    (output, sampler.join().unwrap())
}

#[test]
fn a_context_with_a_gigabyte_ignored_folder_builds_without_holding_the_context_in_memory() {
    let _builds = building_beside_others();
    let stack = TestStack::from_yaml("bk-big-ctx", ONE_BUILD);
    stack.write(
        "backend/Dockerfile",
        "ARG BASE\nFROM ${BASE}\nCOPY . /ctx\nRUN test ! -e /ctx/big && cat /ctx/data/* | wc -c > /ctx.size\n",
    );
    stack.write("backend/.dockerignore", "big\n*.tmp\n");
    std::fs::create_dir_all(stack.path("backend/big/deep")).unwrap();
    std::fs::File::create(stack.path("backend/big/deep/blob")).unwrap().set_len(1 << 30).unwrap();
    // 96 MiB that is sent: held whole in memory, it alone would lift the peak past the bound.
    std::fs::create_dir_all(stack.path("backend/data")).unwrap();
    let chunk: Vec<u8> = (0..1 << 20).map(|i: u32| (i.wrapping_mul(2654435761) >> 24) as u8).collect();
    for i in 0..96 {
        std::fs::write(stack.path(&format!("backend/data/part{i}")), &chunk).unwrap();
    }
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_berth"));
    command.args(["-f", &stack.file, "build"]).envs(stack.env.iter().cloned()).env("NO_COLOR", "1");
    let (out, peak_kib) = run_sampling_peak_memory(command);
    eprintln!("berth build: peak resident memory {peak_kib} KiB for a 96 MiB context beside a 1 GiB ignored folder");
    let output = text(&out);
    assert_eq!(out.status.code(), Some(0), "{output}");
    let image = format!("{}-backend:latest", stack.name);
    let size = docker(&["run", "--rm", &image, "cat", "/ctx.size"]);
    docker(&["image", "rm", "-f", &image]);
    assert!(size == "100663296", "the sent part arrived whole: {size}");
    assert!(peak_kib > 0 && peak_kib < 64 * 1024, "berth's peak memory was {peak_kib} KiB for a 96 MiB context");
}

/// A CA, a server certificate for 127.0.0.1 and a client certificate, as `dockerd --tlsverify`
/// and DOCKER_CERT_PATH use them (ca.pem, cert.pem, key.pem for the client).
fn engine_certificates(dir: &std::path::Path) {
    let script = r#"set -e
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=berth-test-ca -keyout ca-key.pem -out ca.pem
openssl req -newkey rsa:2048 -nodes -subj /CN=127.0.0.1 -keyout server-key.pem -out server.csr
printf 'subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' > server.ext
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 1 -extfile server.ext -out server-cert.pem
openssl req -newkey rsa:2048 -nodes -subj /CN=client -keyout key.pem -out client.csr
printf 'extendedKeyUsage=clientAuth\n' > client.ext
openssl x509 -req -in client.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 1 -extfile client.ext -out cert.pem
"#;
    let out = std::process::Command::new("bash").args(["-c", script]).current_dir(dir).output().expect("openssl");
    assert!(out.status.success(), "{}", text(&out));
}

/// The engine behind TLS with client certificates, as a remote `dockerd --tlsverify` is: a
/// TLS front on loopback that forwards each connection, upgrades included, to the socket.
fn tls_engine_front(certs: &std::path::Path) -> u16 {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_file_iter(certs.join("ca.pem")).unwrap() {
        roots.add(cert.unwrap()).unwrap();
    }
    let verifier =
        rustls::server::WebPkiClientVerifier::builder_with_provider(roots.into(), provider.clone()).build().unwrap();
    let chain: Vec<CertificateDer<'static>> =
        CertificateDer::pem_file_iter(certs.join("server-cert.pem")).unwrap().map(Result::unwrap).collect();
    let key = PrivateKeyDer::from_pem_file(certs.join("server-key.pem")).unwrap();
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_client_cert_verifier(verifier)
        .with_single_cert(chain, key)
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(std::sync::Arc::new(config));
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    listener.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            loop {
                let Ok((tcp, _)) = listener.accept().await else { continue };
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    // A client without the CA's certificate is turned away here.
                    let Ok(mut tls) = acceptor.accept(tcp).await else { return };
                    let Ok(mut engine) = tokio::net::UnixStream::connect("/var/run/docker.sock").await else { return };
                    let _ = tokio::io::copy_bidirectional(&mut tls, &mut engine).await;
                });
            }
        });
    });
    port
}

#[test]
fn a_tls_engine_gets_buildkit_builds_with_the_client_certificates() {
    let _builds = building_beside_others();
    let (mut stack, image) = platform_stack("bk-tls");
    let certs = tempfile::tempdir().unwrap();
    engine_certificates(certs.path());
    let port = tls_engine_front(certs.path());
    stack.env.retain(|(k, _)| k != "DOCKER_HOST");
    stack.env.push(("DOCKER_HOST".into(), format!("tcp://127.0.0.1:{port}")));
    stack.env.push(("DOCKER_TLS_VERIFY".into(), "1".into()));
    stack.env.push(("DOCKER_CERT_PATH".into(), certs.path().display().to_string()));
    let out = stack.berth(&["build"]);
    let output = text(&out);
    assert_eq!(out.status.code(), Some(0), "{output}");
    assert!(!output.contains("classic builder"), "BuildKit over TLS, no fallback: {output}");
    assert!(output.contains("[builder 2/2] RUN --mount=type=secret"), "BuildKit steps: {output}");
    let run = docker(&["run", "--rm", &image]);
    assert!(run.starts_with("hello from the built app"), "{run}");
    docker(&["image", "rm", "-f", &image]);

    // Without the client certificate the engine is not reached at all, and berth says where.
    stack.env.retain(|(k, _)| k != "DOCKER_TLS_VERIFY" && k != "DOCKER_CERT_PATH");
    let out = stack.berth(&["build"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        text(&out).contains(&format!("cannot reach the Docker engine at tcp://127.0.0.1:{port}")),
        "{}",
        text(&out)
    );
}

#[test]
fn build_args_from_the_command_line_win_over_the_files_and_quiet_prints_nothing() {
    let _builds = building_beside_others();
    let stack = TestStack::from_yaml("bk-build-arg", ONE_BUILD);
    stack.write(
        "backend/Dockerfile",
        "ARG BASE\nFROM ${BASE}\nARG GREETING=from-dockerfile\nRUN echo $GREETING > /greeting\n",
    );
    let out = stack.berth(&["build", "-q", "--build-arg", "GREETING=from-the-command-line"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(out.stdout.is_empty(), "-q printed: {}", text(&out));
    let image = format!("{}-backend:latest", stack.name);
    let greeting = docker(&["run", "--rm", &image, "cat", "/greeting"]);
    docker(&["image", "rm", "-f", &image]);
    assert_eq!(greeting, "from-the-command-line");
    let out = stack.berth(&["build", "--build-arg", "=x"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
}

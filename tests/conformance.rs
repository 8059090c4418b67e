//! Compose conformance: the same compose file, brought up by Docker Compose v2
//! and by berth on the same engine, gives containers with the same settings
//! (compared by container inspect). Compose v2 missing is a failure, not a skip.

mod common;

use std::collections::BTreeMap;

use common::{compose, docker, free_port, image, text, ComposeDown, TestStack};
use serde_json::{json, Value};

/// The settings of a container that a compose file decides, with the names
/// that depend on the project replaced by `<project>` (containers by `<SERVICE>`).
fn settings(inspect: &Value, project: &str, containers: &[(String, String)]) -> Value {
    let raw = raw_settings(inspect, project);
    let mut text = raw.to_string();
    // Longest names first, so `p-app-1` is not half-replaced by `p-a`.
    let mut names: Vec<(&String, &String)> = containers.iter().map(|(s, n)| (s, n)).collect();
    names.sort_by_key(|(_, name)| std::cmp::Reverse(name.len()));
    for (service, name) in names {
        text = text.replace(name.as_str(), &format!("<{service}>"));
    }
    text = text.replace(project, "<project>");
    serde_json::from_str(&text).expect("normalised settings")
}

fn raw_settings(inspect: &Value, project: &str) -> Value {
    let config = &inspect["Config"];
    let host = &inspect["HostConfig"];
    let mut env: Vec<&str> = config["Env"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    env.sort_unstable();
    let labels: BTreeMap<&str, &Value> = config["Labels"]
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(k, _)| !k.starts_with("com.docker.compose.") && !k.starts_with("dev.berth."))
        .map(|(k, v)| (k.as_str(), v))
        .collect();
    let mut mounts: Vec<Value> = inspect["Mounts"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|m| {
            let name = m["Name"].as_str().unwrap_or_default().replacen(project, "<project>", 1);
            let source = if m["Type"] == "bind" { m["Source"].clone() } else { Value::Null };
            json!({"type": m["Type"], "name": name, "source": source, "destination": m["Destination"], "rw": m["RW"]})
        })
        .collect();
    mounts.sort_by_key(|m| m["destination"].as_str().unwrap_or_default().to_string());
    // With no hostname of its own a container is named after its id.
    let id = inspect["Id"].as_str().unwrap_or_default();
    let hostname = match config["Hostname"].as_str() {
        Some(h) if id.starts_with(h) => json!("<id>"),
        _ => config["Hostname"].clone(),
    };
    let host_fields = [
        "Dns",
        "DnsSearch",
        "DnsOptions",
        "ExtraHosts",
        "SecurityOpt",
        "CapAdd",
        "CapDrop",
        "GroupAdd",
        "Sysctls",
        "Init",
        "Privileged",
        "ReadonlyRootfs",
        "IpcMode",
        "PidMode",
        "UsernsMode",
        "Runtime",
        "ShmSize",
        "Memory",
        "MemoryReservation",
        "NanoCpus",
        "CpuShares",
        "PidsLimit",
        "OomScoreAdj",
        "Devices",
        "Ulimits",
        "LogConfig",
        "VolumesFrom",
        "Links",
        "NetworkMode",
    ];
    let mut runtime: BTreeMap<&str, Value> = host_fields.iter().map(|f| (*f, host[*f].clone())).collect();
    // compose keeps extra hosts in a Go map: their order changes from run to run.
    // So does it ulimits.
    if let Some(Value::Array(hosts)) = runtime.get_mut("ExtraHosts") {
        hosts.sort_by_key(|h| h.as_str().unwrap_or_default().to_string());
    }
    if let Some(Value::Array(limits)) = runtime.get_mut("Ulimits") {
        limits.sort_by_key(|l| l["Name"].as_str().unwrap_or_default().to_string());
    }
    let mut networks: Vec<Value> = inspect["NetworkSettings"]["Networks"]
        .as_object()
        .into_iter()
        .flatten()
        .map(|(name, endpoint)| {
            let mut aliases: Vec<String> = endpoint["Aliases"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                // The engine adds the short container id (12 hex digits) as an alias. Only that:
                // a service alias such as `db` is a prefix of one id in 256.
                .filter(|a| !(a.len() == 12 && id.starts_with(a)))
                .map(str::to_string)
                .collect();
            aliases.sort();
            json!({"name": name, "aliases": aliases, "ipam": endpoint["IPAMConfig"]})
        })
        .collect();
    networks.sort_by_key(|n| n["name"].as_str().unwrap_or_default().to_string());
    json!({
        "hostname": hostname,
        "domainname": config["Domainname"],
        "mac_address": config["MacAddress"],
        "stop_signal": config["StopSignal"],
        "stop_timeout": config["StopTimeout"],
        "attach_stdin": config["AttachStdin"],
        "stdin_once": config["StdinOnce"],
        "host": runtime,
        "networks": networks,
        "image": config["Image"],
        "cmd": config["Cmd"],
        "entrypoint": config["Entrypoint"],
        "working_dir": config["WorkingDir"],
        "user": config["User"],
        "env": env,
        "labels": labels,
        "healthcheck": config["Healthcheck"],
        "tty": config["Tty"],
        "open_stdin": config["OpenStdin"],
        "exposed_ports": config["ExposedPorts"],
        "port_bindings": host["PortBindings"],
        "restart": host["RestartPolicy"],
        "tmpfs": host["Tmpfs"],
        "mounts": mounts,
    })
}

fn inspect_by_service(label: &str, project: &str, service_label: &str) -> BTreeMap<String, Value> {
    let ids = docker(&["ps", "-aq", "--filter", &format!("label={label}={project}")]);
    let mut out = BTreeMap::new();
    for id in ids.lines() {
        let raw: Value = serde_json::from_str(&docker(&["inspect", id])).expect("inspect JSON");
        let one = raw[0].clone();
        let service = one["Config"]["Labels"][service_label].as_str().expect("service label").to_string();
        out.insert(service, one);
    }
    out
}

/// Brings `file` (a corpus file, with its sibling files) up with compose v2 and with berth,
/// and compares every service's container settings.
fn conforms(file: &str, files: &[(&str, &str)]) {
    conforms_inside(file, files, &[]);
}

/// As [`conforms`], with more arguments for both tools before `up` (`-f` an override
/// beside the stack file, `--profile`, `--env-file`); `{dir}` is the stack's folder.
fn conforms_with(file: &str, files: &[(&str, &str)], args: &[&str]) {
    conforms_full(file, files, &[], args);
}

/// As [`conforms`], and each `(service, shell command)` prints the same inside both containers.
fn conforms_inside(file: &str, files: &[(&str, &str)], checks: &[(&str, &str)]) {
    conforms_full(file, files, checks, &[]);
}

fn conforms_full(file: &str, files: &[(&str, &str)], checks: &[(&str, &str)], args: &[&str]) {
    let yaml = std::fs::read_to_string(common::root().join("tests/conformance").join(file)).expect("corpus file");
    let mut stack = TestStack::from_yaml(&format!("conf-{}", file.trim_end_matches(".yaml")), &yaml);
    // In the stack's own env too: its `down` at the end reads the file again.
    stack.env.push(("CONFORMANCE_TOKEN".into(), "tok-value-4821".into()));
    for (path, content) in files {
        stack.write(path, content);
    }
    let dir = stack.path("");
    let mut env = stack.env.clone();
    env.retain(|(k, _)| k != "COMPOSE_PROJECT_NAME");
    env.push(("PORT_A".into(), free_port().to_string()));
    let berth_env: Vec<(String, String)> =
        env.iter().cloned().chain([("COMPOSE_PROJECT_NAME".into(), stack.name.clone())]).collect();
    let compose_project = format!("{}-compose", stack.name);
    let dir_text = dir.display().to_string();
    let args: Vec<String> = args.iter().map(|a| a.replace("{dir}", &dir_text)).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let with = |tail: &[&'static str], head: &[&str]| -> Vec<String> {
        head.iter().chain(&args).chain(tail).map(|s| s.to_string()).collect()
    };
    let _down = ComposeDown { project: compose_project.clone(), dir: dir.clone(), env: env.clone() };

    // One at a time: the two stacks publish the same host ports.
    let up = with(&["up", "-d", "--wait"], &["-p", &compose_project, "-f", &stack.file]);
    compose(&up.iter().map(String::as_str).collect::<Vec<_>>(), &env, &dir);
    let theirs = inspect_by_service("com.docker.compose.project", &compose_project, "com.docker.compose.service");
    let their_names = names_of(&theirs);
    let their_resources = resources("com.docker.compose.project", &compose_project, &yaml);
    let their_output: Vec<String> = checks.iter().map(|(service, cmd)| run_inside(&theirs[*service], cmd)).collect();
    let down = with(&["down", "-v"], &["-p", &compose_project, "-f", &stack.file]);
    compose(&down.iter().map(String::as_str).collect::<Vec<_>>(), &env, &dir);

    let up = with(&["up", "--wait", "--wait-timeout", "60"], &["-f", &stack.file]);
    let out = common::berth(&up.iter().map(String::as_str).collect::<Vec<_>>(), &berth_env);
    assert!(out.status.success(), "berth up failed: {}", text(&out));
    let ours = inspect_by_service("dev.berth.stack", &stack.name, "dev.berth.service");
    let our_names = names_of(&ours);
    let our_resources = resources("dev.berth.stack", &stack.name, &yaml);
    let resource_differences = differences("", &our_resources, &their_resources);
    assert!(
        resource_differences.is_empty(),
        "networks and volumes of {file} differ from compose v2's:\n{}",
        resource_differences.join("\n")
    );
    for ((service, cmd), expected) in checks.iter().zip(&their_output) {
        assert_eq!(
            &run_inside(&ours[*service], cmd),
            expected,
            "`{cmd}` in '{service}' of {file}: berth vs compose v2"
        );
    }

    assert_eq!(theirs.keys().collect::<Vec<_>>(), ours.keys().collect::<Vec<_>>(), "services differ");
    for (service, inspect) in &theirs {
        let expected = settings(inspect, &compose_project, &their_names);
        let actual = settings(&ours[service], &stack.name, &our_names);
        let differences = differences("", &actual, &expected);
        assert!(
            differences.is_empty(),
            "service '{service}' of {file}: berth's container differs from compose v2's:\n{}",
            differences.join("\n")
        );
    }
}

/// The project's networks and volumes by their name in the file, with the settings a file decides.
fn resources(label: &str, project: &str, yaml: &str) -> Value {
    let filter = format!("label={label}={project}");
    let short = |name: &str| name.trim_start_matches(project).trim_start_matches(['_', '-']).to_string();
    let user_labels = |labels: &Value| -> BTreeMap<String, Value> {
        labels
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(k, _)| !k.starts_with("com.docker.compose.") && !k.starts_with("dev.berth."))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    let mut networks = BTreeMap::new();
    for id in docker(&["network", "ls", "-q", "--filter", &filter]).lines() {
        let n: Value = serde_json::from_str(&docker(&["network", "inspect", id])).expect("network JSON");
        let n = &n[0];
        networks.insert(
            short(n["Name"].as_str().unwrap_or_default()),
            json!({"driver": n["Driver"], "internal": n["Internal"], "attachable": n["Attachable"],
            "ipv6": n["EnableIPv6"], "options": n["Options"], "labels": user_labels(&n["Labels"]),
            // A pool the file does not name is the engine's pick, different each time.
            "ipam": if n["IPAM"]["Config"][0]["Subnet"].as_str().is_some_and(|s| yaml.contains(s)) {
                n["IPAM"]["Config"].clone()
            } else {
                json!("<auto>")
            }}),
        );
    }
    let mut volumes = BTreeMap::new();
    for name in docker(&["volume", "ls", "-q", "--filter", &filter]).lines() {
        let v: Value = serde_json::from_str(&docker(&["volume", "inspect", name])).expect("volume JSON");
        let v = &v[0];
        volumes.insert(
            short(name),
            json!({"driver": v["Driver"], "options": v["Options"], "labels": user_labels(&v["Labels"])}),
        );
    }
    json!({"networks": networks, "volumes": volumes})
}

fn run_inside(inspect: &Value, cmd: &str) -> String {
    docker(&["exec", inspect["Id"].as_str().expect("container id"), "sh", "-c", cmd])
}

/// "path: berth X, compose Y" for each field that differs.
fn differences(path: &str, ours: &Value, theirs: &Value) -> Vec<String> {
    match (ours, theirs) {
        (Value::Object(a), Value::Object(b)) => {
            let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            keys.into_iter()
                .flat_map(|k| {
                    differences(
                        &format!("{path}/{k}"),
                        a.get(k).unwrap_or(&Value::Null),
                        b.get(k).unwrap_or(&Value::Null),
                    )
                })
                .collect()
        }
        _ if ours == theirs => Vec::new(),
        _ => vec![format!("{path}: berth {ours}, compose {theirs}")],
    }
}

/// Each service's container name and id, both stand for `<SERVICE>` when compared.
fn names_of(inspects: &BTreeMap<String, Value>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (service, i) in inspects {
        out.push((service.clone(), i["Name"].as_str().unwrap_or_default().trim_start_matches('/').to_string()));
        out.push((service.clone(), i["Id"].as_str().unwrap_or_default().to_string()));
    }
    out
}

#[test]
fn compose_v2_is_installed_and_is_v2() {
    let out = std::process::Command::new(common::compose_v2()).arg("version").output().expect("compose version");
    assert!(text(&out).contains("v2.40.3"), "{}", text(&out));
    assert!(!image("COMPOSE_V2").is_empty());
}

#[test]
fn runtime_keys_give_the_same_containers() {
    conforms("runtime.yaml", &[]);
}

#[test]
fn secrets_and_configs_are_the_same_files() {
    let listing = "for f in /run/secrets/pw /run/secrets/token /app /etc/filecfg.conf; do stat -c '%n %a %u %g %s' $f; cat $f; echo; done";
    conforms_inside("files.yaml", &[("pw.txt", "s3cr3t-file-value")], &[("app", listing)]);
}

#[test]
fn networks_and_volumes_are_the_same() {
    conforms("networks.yaml", &[]);
}

#[test]
fn everyday_keys_give_the_same_containers() {
    conforms("basic.yaml", &[("app.env", "FROM_FILE=1\nGREETING=overridden-by-environment\n"), ("files/a.txt", "a\n")]);
}

#[test]
fn an_override_file_gives_the_same_containers() {
    let files = [("merged.override.yaml", include_str!("conformance/merged.override.yaml")), ("site/i.html", "x\n")];
    conforms_with("merged.yaml", &files, &["-f", "{dir}/merged.override.yaml"]);
}

#[test]
fn profiles_and_documents_give_the_same_services() {
    conforms_with("profiles.yaml", &[], &["--profile", "debug"]);
}

#[test]
fn env_files_give_the_same_environment() {
    let first = "FIRST=one\nCHAINED=${FIRST}:chained\nMULTI=\"line one\nline two\"\nLITERAL='$${not} ${expanded}'\n";
    let later = "FIRST=two\nFROM_LATER=${CHAINED}-later\n";
    let service = "S1=a\nS2=${S1}-b\nS3=\"quoted # not a comment\"\n";
    let files = [("first.env", first), ("later.env", later), ("service.env", service)];
    conforms_with("envfile.yaml", &files, &["--env-file", "{dir}/first.env", "--env-file", "{dir}/later.env"]);
}

#[test]
fn start_conditions_health_checks_and_restart_policies_are_the_same() {
    conforms("depends.yaml", &[]);
}

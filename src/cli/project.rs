//! compose's smaller commands, with compose's output: `version`, `ls` (the stacks on this
//! engine), `images`, `top`, `wait` and `cp`.

use std::io::Read;
use std::path::{Path, PathBuf};

use berth::engine::project_ops::PathKind;
use berth::engine::Engine;
use berth::stack::Stack;
use bollard::models::ContainerSummary;

use super::args::CpArgs;

use super::error::{CliError, CmdResult};
use super::exit;
use super::stack_input::known_services;

/// `berth version`: `berth version vX.Y.Z`, `--short`, or compose's JSON shape.
pub fn version(json: bool, short: bool) -> CmdResult {
    let version = env!("CARGO_PKG_VERSION");
    match (short, json) {
        (true, _) => println!("{version}"),
        (false, true) => println!("{}", serde_json::json!({ "version": format!("v{version}") })),
        _ => println!("berth version v{version}"),
    }
    Ok(())
}

/// A table as compose prints its own: columns padded to the widest cell, three spaces apart.
fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = header.iter().map(|h| h.len()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells.iter().enumerate().map(|(i, c)| format!("{c:<w$}", w = widths[i])).collect();
        padded.join("   ").trim_end().to_string()
    };
    let mut out = vec![line(header.to_vec())];
    out.extend(rows.iter().map(|r| line(r.iter().map(String::as_str).collect())));
    out.join("\n")
}

/// `ls --filter name=TEXT`: the texts; another key is a usage error, as compose's.
pub fn name_filters(given: &[String]) -> Result<Vec<String>, CliError> {
    given
        .iter()
        .map(|f| match f.split_once('=') {
            Some(("name", text)) => Ok(text.to_string()),
            _ => Err(CliError::Usage(format!("--filter '{f}': berth's ls filters by name only (--filter name=TEXT)"))),
        })
        .collect()
}

pub async fn ls(engine: &Engine, all: bool, quiet: bool, json: bool, names: &[String]) -> CmdResult {
    let mut stacks = engine.stacks_here(all).await?;
    stacks.retain(|s| names.is_empty() || names.iter().any(|n| s.name.contains(n.as_str())));
    if quiet {
        stacks.iter().for_each(|s| println!("{}", s.name));
        return Ok(());
    }
    if json {
        // Compose's key order: Name, Status, ConfigFiles.
        let quote = |s: &str| serde_json::Value::String(s.to_string()).to_string();
        let list: Vec<String> = stacks
            .iter()
            .map(|s| {
                format!(
                    "{{\"Name\":{},\"Status\":{},\"ConfigFiles\":{}}}",
                    quote(&s.name),
                    quote(&s.status()),
                    quote(&s.config_files)
                )
            })
            .collect();
        println!("[{}]", list.join(","));
        return Ok(());
    }
    let rows: Vec<Vec<String>> =
        stacks.iter().map(|s| vec![s.name.clone(), s.status(), s.config_files.clone()]).collect();
    println!("{}", table(&["NAME", "STATUS", "CONFIG FILES"], &rows));
    Ok(())
}

pub async fn images(engine: &Engine, stack: &Stack, services: &[String], quiet: bool, json: bool) -> CmdResult {
    known_services(stack, services)?;
    let images = engine.container_images(stack, services).await?;
    if quiet {
        let mut ids: Vec<&str> = images.iter().map(|i| i.id.as_str()).collect();
        ids.dedup();
        ids.iter().for_each(|id| println!("{id}"));
        return Ok(());
    }
    if json {
        let list: Vec<serde_json::Value> = images
            .iter()
            .map(|i| {
                serde_json::json!({"ID": i.id, "ContainerName": i.container, "Repository": i.repository, "Tag": i.tag, "Platform": i.platform, "Size": i.size, "LastTagTime": i.last_tag_time})
            })
            .collect();
        println!("{}", serde_json::Value::Array(list));
        return Ok(());
    }
    let short = |id: &str| id.trim_start_matches("sha256:").chars().take(12).collect::<String>();
    let rows: Vec<Vec<String>> = images
        .iter()
        .map(|i| {
            let created = chrono::DateTime::parse_from_rfc3339(&i.last_tag_time)
                .map(|t| ago(chrono::Utc::now().signed_duration_since(t).num_seconds()))
                .unwrap_or_default();
            vec![
                i.container.clone(),
                i.repository.clone(),
                i.tag.clone(),
                i.platform.clone(),
                short(&i.id),
                size(i.size),
                created,
            ]
        })
        .collect();
    println!("{}", table(&["CONTAINER", "REPOSITORY", "TAG", "PLATFORM", "IMAGE ID", "SIZE", "CREATED"], &rows));
    Ok(())
}

/// `641MB`, as the Docker CLI prints sizes (powers of 1000).
fn size(bytes: i64) -> String {
    let b = bytes as f64;
    let short = |n: f64| format!("{n:.3}").trim_end_matches('0').trim_end_matches('.').to_string();
    match bytes {
        i64::MIN..1_000 => format!("{bytes}B"),
        1_000..1_000_000 => format!("{}kB", short(b / 1e3)),
        1_000_000..1_000_000_000 => format!("{:.0}MB", b / 1e6),
        _ => format!("{}GB", short(b / 1e9)),
    }
}

/// `3 hours ago`, as the Docker CLI says it.
fn ago(seconds: i64) -> String {
    let (n, unit) = match seconds {
        i64::MIN..60 => (seconds.max(1), "second"),
        60..3_600 => (seconds / 60, "minute"),
        3_600..86_400 => (seconds / 3_600, "hour"),
        86_400..2_592_000 => (seconds / 86_400, "day"),
        _ => (seconds / 2_592_000, "month"),
    };
    match n {
        1 if unit == "hour" => "About an hour ago".to_string(),
        1 => format!("1 {unit} ago"),
        _ => format!("{n} {unit}s ago"),
    }
}

pub async fn top(engine: &Engine, stack: &Stack, services: &[String]) -> CmdResult {
    known_services(stack, services)?;
    let all = engine.processes(stack, services).await?;
    let Some(first) = all.first() else {
        return Err(CliError::Failed(format!("no running container of stack {} to list processes of", stack.name)));
    };
    // One table, as compose prints it: SERVICE and the container's number before ps's columns.
    let mut header: Vec<&str> = vec!["SERVICE", "#"];
    header.extend(first.titles.iter().map(String::as_str));
    let rows: Vec<Vec<String>> = all
        .iter()
        .flat_map(|p| p.rows.iter().map(move |r| [vec![p.service.clone(), "1".to_string()], r.clone()].concat()))
        .collect();
    println!("{}", table(&header, &rows));
    Ok(())
}

/// `berth stats`: `docker stats`'s columns for the stack's containers, once (`--no-stream`)
/// or every second until Ctrl-C (redrawn on a terminal).
/// How `stats` prints: one sample or live, a table or JSON, ids whole or shortened.
pub struct StatsShape {
    pub once: bool,
    pub json: bool,
    pub no_trunc: bool,
}

pub async fn stats(engine: &Engine, stack: &Stack, services: &[String], all: bool, shape: StatsShape) -> CmdResult {
    let StatsShape { once, json, no_trunc } = shape;
    use berth::engine::stats::{binary_size, decimal_size};
    known_services(stack, services)?;
    let terminal = std::io::IsTerminal::is_terminal(&std::io::stdout());
    // One listener for the whole run: a Ctrl-C while a sample is taken is not lost.
    let mut interrupted = std::pin::pin!(tokio::signal::ctrl_c());
    loop {
        let containers: Vec<(String, String)> = engine
            .stack_containers(&stack.name)
            .await?
            .into_iter()
            .filter(|c| {
                berth::engine::labels::service_of(c)
                    .is_some_and(|s| services.is_empty() || services.iter().any(|n| n == s))
            })
            .filter(|c| all || berth::engine::ContainerState::of(c) == berth::engine::ContainerState::Running)
            .filter_map(|c| Some((berth::engine::labels::container_name(&c), c.id?)))
            .collect();
        let ids: Vec<String> = containers.iter().map(|(_, id)| id.clone()).collect();
        let samples = tokio::select! {
            samples = engine.full_usage_of(&ids) => samples,
            _ = &mut interrupted => return Ok(()),
        };
        let mut rows = Vec::new();
        let mut lines = Vec::new();
        for (name, id) in &containers {
            let sample = samples.get(id).copied().unwrap_or_default();
            let (cpu, used, limit) =
                sample.usage.map_or((0.0, 0, 0), |u| (u.cpu_percent, u.memory_bytes, u.memory_limit));
            let mem_percent = if limit > 0 { used as f64 / limit as f64 * 100.0 } else { 0.0 };
            let cells = [
                if no_trunc { id.clone() } else { id.chars().take(12).collect::<String>() },
                name.clone(),
                format!("{cpu:.2}%"),
                format!("{} / {}", binary_size(used), binary_size(limit)),
                format!("{mem_percent:.2}%"),
                format!("{} / {}", decimal_size(sample.net_rx), decimal_size(sample.net_tx)),
                format!("{} / {}", decimal_size(sample.block_read), decimal_size(sample.block_write)),
                sample.pids.to_string(),
            ];
            // Compose's JSON, keys in its order.
            let quote = |s: &str| serde_json::Value::String(s.to_string()).to_string();
            lines.push(format!(
                "{{\"BlockIO\":{},\"CPUPerc\":{},\"Container\":{},\"ID\":{},\"MemPerc\":{},\"MemUsage\":{},\"Name\":{},\"NetIO\":{},\"PIDs\":{}}}",
                quote(&cells[6]), quote(&cells[2]), quote(id), quote(&cells[0]), quote(&cells[4]), quote(&cells[3]), quote(&cells[1]), quote(&cells[5]), quote(&cells[7])
            ));
            rows.push(cells.to_vec());
        }
        let text = if json {
            lines.join("\n")
        } else {
            table(
                &["CONTAINER ID", "NAME", "CPU %", "MEM USAGE / LIMIT", "MEM %", "NET I/O", "BLOCK I/O", "PIDS"],
                &rows,
            )
        };
        if !once && terminal {
            // Redrawn in place, as `docker stats` does on a terminal.
            print!("\x1b[2J\x1b[H");
        }
        println!("{text}");
        if once {
            return Ok(());
        }
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_millis(500)) => {}
            _ = &mut interrupted => return Ok(()),
        }
    }
}

/// What `berth events` prints and over which stretch of time.
pub struct EventWindow<'a> {
    pub json: bool,
    pub since: Option<&'a str>,
    pub until: Option<&'a str>,
}

/// `berth events`: each container event of the stack as compose prints it, until Ctrl-C.
pub async fn events(engine: &Engine, stack: &Stack, services: &[String], window: EventWindow<'_>) -> CmdResult {
    known_services(stack, services)?;
    let since = window.since.map(|t| super::inspect::moment("--since", t)).transpose()?;
    let until = window.until.map(|t| super::inspect::moment("--until", t)).transpose()?;
    let json = window.json;
    let mut events = std::pin::pin!(engine.stack_events(&stack.name, since, until));
    let mut interrupted = std::pin::pin!(tokio::signal::ctrl_c());
    loop {
        let next = tokio::select! {
            next = futures_util::StreamExt::next(&mut events) => next,
            _ = &mut interrupted => return Ok(()),
        };
        let Some(event) = next else { return Ok(()) };
        let event = event?;
        if !services.is_empty() && !services.contains(&event.service) {
            continue;
        }
        let time = chrono::DateTime::from_timestamp_nanos(event.time_nanos);
        if json {
            let line = serde_json::json!({
                "action": event.action,
                "attributes": {"image": event.image, "name": event.name},
                "id": event.id,
                "service": event.service,
                "time": time.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true),
                "type": "container",
            });
            println!("{line}");
        } else {
            println!(
                "{} container {} {} (image={}, name={})\n",
                time.format("%Y-%m-%d %H:%M:%S%.6f"),
                event.action,
                event.id,
                event.image,
                event.name
            );
        }
    }
}

/// `berth wait`: each running container's end said as compose says it; the last one's code.
pub async fn wait(engine: &Engine, stack: &Stack, services: &[String]) -> CmdResult {
    known_services(stack, services)?;
    let running: Vec<String> = engine
        .stack_containers(&stack.name)
        .await?
        .into_iter()
        .filter(|c| berth::engine::labels::service_of(c).is_some_and(|s| services.iter().any(|n| n == s)))
        .filter(|c| berth::engine::ContainerState::of(c) == berth::engine::ContainerState::Running)
        .filter_map(|c| c.id)
        .collect();
    if running.is_empty() {
        return Err(CliError::Failed(format!(
            "no running container of {} in stack {}: there is nothing to wait for",
            services.join(", "),
            stack.name
        )));
    }
    let waits = running.iter().map(|id| async move { (id.clone(), engine.wait_for_exit(id).await) });
    let mut ends = futures_util::stream::FuturesUnordered::from_iter(waits);
    let mut last = 0;
    while let Some((id, code)) = futures_util::StreamExt::next(&mut ends).await {
        let code = code?;
        println!("container \"{id}\" exited with status code {code}");
        last = code;
    }
    match last {
        0 => Ok(()),
        1..=255 => Err(CliError::Reported(last as u8)),
        _ => Err(CliError::Reported(exit::FAILED)),
    }
}

/// `SERVICE:PATH` → (service, path); a local path otherwise. A colon after a slash is part of a
/// local path (`./a:b`), as the Docker CLI reads it.
fn in_container(arg: &str) -> Option<(&str, &str)> {
    let (service, path) = arg.split_once(':')?;
    let local = service.is_empty() || service.contains('/') || service.starts_with('.');
    (!local).then_some((service, path))
}

/// `berth cp`: a file or folder out of a service's container or into it, as `docker compose cp`.
pub async fn cp(engine: &Engine, stack: &Stack, source: &str, destination: &str, options: &CpArgs) -> CmdResult {
    if let Some((service, _)) = in_container(source).or(in_container(destination)) {
        super::args::one_container(options.index, service).map_err(CliError::Failed)?;
    }
    let usage = |m: &str| CliError::Usage(format!("cp {source} {destination}: {m}"));
    if [in_container(source), in_container(destination)].iter().flatten().any(|(_, path)| path.is_empty()) {
        return Err(usage("SERVICE:PATH needs a path after the colon (SERVICE:/app, say)"));
    }
    match (in_container(source), in_container(destination)) {
        (Some((service, path)), None) => {
            known_services(stack, [&service.to_string()])?;
            let id = any_container(engine, stack, service, options.all).await?;
            let stat = engine.path_stat(&id, path).await?;
            if stat.kind == PathKind::Missing {
                return Err(CliError::Failed(format!("{service}:{path}: no such file or folder in the container")));
            }
            // -L: what the link points to, copied under the link's own name.
            let (copied, rename) = match (options.follow_link, stat.link_target) {
                (true, Some(target)) => (target, Path::new(path).file_name().map(|n| n.to_os_string())),
                _ => (path.to_string(), None),
            };
            let archive = engine.copy_out(&id, &copied).await?;
            unpack(&archive, Path::new(destination), rename.as_deref())
                .map_err(|e| CliError::Failed(format!("cp to {destination}: {e}")))?;
            eprintln!("copied {service}:{path} to {destination}");
            Ok(())
        }
        (None, Some((service, path))) => {
            known_services(stack, [&service.to_string()])?;
            let id = any_container(engine, stack, service, options.all).await?;
            let local = PathBuf::from(source);
            if !local.exists() {
                return Err(CliError::Failed(format!("{source}: no such file or folder here")));
            }
            // Into an existing folder under its own name; else as the path's last part.
            let (dir, name) = match engine.path_kind(&id, path).await? {
                PathKind::Folder => (path.to_string(), file_name(&local)?),
                _ => {
                    let target = Path::new(path);
                    let parent = target.parent().map(|p| p.display().to_string()).filter(|p| !p.is_empty());
                    let name = target
                        .file_name()
                        .map(|n| n.to_string_lossy().to_string())
                        .ok_or_else(|| usage("the destination needs a name"))?;
                    (parent.unwrap_or_else(|| "/".into()), name)
                }
            };
            let archive = pack(&local, &name, options.follow_link)
                .map_err(|e| CliError::Failed(format!("cp from {source}: {e}")))?;
            engine.copy_in(&id, &dir, archive, options.archive).await?;
            eprintln!("copied {source} to {service}:{path}");
            Ok(())
        }
        (Some(_), Some(_)) => Err(usage("copying between two containers is not supported (compose refuses it too)")),
        (None, None) => Err(usage("one side must be SERVICE:PATH")),
    }
}

fn file_name(path: &Path) -> Result<String, CliError> {
    std::fs::canonicalize(path)
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().to_string()))
        .ok_or_else(|| CliError::Usage(format!("{}: cannot tell its name", path.display())))
}

/// The service's container, running or not (the engine copies from stopped ones too); with
/// `one_offs` (`cp --all`), a container `run` made for it when it has none of its own.
pub(super) async fn any_container(
    engine: &Engine,
    stack: &Stack,
    service: &str,
    one_offs: bool,
) -> Result<String, CliError> {
    let containers = engine.stack_containers(&stack.name).await?;
    let one_off = |c: &&ContainerSummary| {
        one_offs
            && c.labels.as_ref().and_then(|l| l.get(berth::engine::labels::ONE_OFF)).map(String::as_str)
                == Some(service)
    };
    containers
        .iter()
        .find(|c| berth::engine::labels::service_of(c) == Some(service))
        .or_else(|| containers.iter().find(one_off))
        .and_then(|c| c.id.clone())
        .ok_or_else(|| {
            CliError::Failed(format!("service '{service}' has no container: run `berth up {service}` first"))
        })
}

/// A local file or folder as a tar archive whose top entry is `name`.
fn pack(local: &Path, name: &str, follow_links: bool) -> std::io::Result<Vec<u8>> {
    let mut builder = tar::Builder::new(Vec::new());
    builder.follow_symlinks(follow_links);
    if local.is_dir() {
        builder.append_dir_all(name, local)?;
    } else {
        builder.append_path_with_name(local, name)?;
    }
    builder.into_inner()
}

/// The engine's archive of one path unpacked at `destination`: into it when it is a folder,
/// else as it (the archive's top entry renamed), as `docker cp` does.
fn unpack(archive: &[u8], destination: &Path, rename: Option<&std::ffi::OsStr>) -> std::io::Result<()> {
    let mut entries = tar::Archive::new(archive);
    if destination.is_dir() {
        return safe_unpack(&mut entries, destination, rename);
    }
    let parent = destination.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = destination.file_name().ok_or_else(|| std::io::Error::other("the destination needs a name"))?;
    safe_unpack(&mut entries, parent, Some(name))
}

/// Unpacks under `dir`, the top entry renamed to `rename` when given; an entry that would land
/// outside `dir` (`..`, an absolute path) is refused rather than written.
fn safe_unpack<R: Read>(
    archive: &mut tar::Archive<R>,
    dir: &Path,
    rename: Option<&std::ffi::OsStr>,
) -> std::io::Result<()> {
    for entry in archive.entries()? {
        let mut entry = entry?;
        let path = entry.path()?.into_owned();
        let mut parts = path.components();
        let top = parts.next();
        let mut relative = PathBuf::new();
        match (top, rename) {
            (Some(std::path::Component::Normal(_)), Some(new)) => relative.push(new),
            (Some(std::path::Component::Normal(first)), None) => relative.push(first),
            _ => {
                return Err(std::io::Error::other(format!(
                    "the archive has an entry outside its folder: {}",
                    path.display()
                )))
            }
        }
        for part in parts {
            match part {
                std::path::Component::Normal(p) => relative.push(p),
                std::path::Component::CurDir => {}
                _ => {
                    return Err(std::io::Error::other(format!(
                        "the archive has an entry outside its folder: {}",
                        path.display()
                    )))
                }
            }
        }
        entry.unpack(dir.join(relative))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_service_path_is_told_from_a_local_one_as_the_docker_cli_tells_them() {
        assert_eq!(in_container("backend:/app/x"), Some(("backend", "/app/x")));
        assert_eq!(in_container("./a:b"), None);
        assert_eq!(in_container("/tmp/a:b"), None);
        assert_eq!(in_container("plain.txt"), None);
    }

    #[test]
    fn sizes_and_ages_read_as_the_docker_cli_prints_them() {
        assert_eq!(size(640_547_724), "641MB");
        assert_eq!(size(512), "512B");
        assert_eq!(size(1_500), "1.5kB");
        assert_eq!(ago(3 * 3600 + 5), "3 hours ago");
        assert_eq!(ago(3_700), "About an hour ago");
        assert_eq!(ago(30), "30 seconds ago");
    }

    #[test]
    fn an_archive_entry_that_climbs_out_is_refused() {
        let mut builder = tar::Builder::new(Vec::new());
        let mut header = tar::Header::new_gnu();
        header.set_size(1);
        header.set_mode(0o644);
        header.set_cksum();
        // set_path refuses `..`, so the name is written into the header by hand.
        header.as_gnu_mut().unwrap().name[..6].copy_from_slice(b"../evi");
        header.set_cksum();
        builder.append(&header, &b"x"[..]).unwrap();
        let archive = builder.into_inner().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let err = unpack(&archive, &dir.path().join("out"), None).unwrap_err();
        assert!(err.to_string().contains("outside its folder"), "{err}");
        assert!(!dir.path().parent().unwrap().join("evi").exists());
    }
}

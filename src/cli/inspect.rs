//! Commands that only look: status (ps), logs, port and config.

use futures_util::StreamExt;

use berth::engine::status::LogsRequest;
use berth::engine::{ContainerState, Engine};
use berth::seed::mask::Masker;
use berth::stack::{self, Loaded, Stack};

use super::args::{LogsArgs, StackArgs, Tail};
use super::error::{report, CliError, CmdResult};
use super::headless::Style;
use super::render;
use super::stack_input::{load, load_seed};

pub async fn status(engine: &Engine, loaded: &Loaded, json: bool) -> CmdResult {
    // Containers of disabled profiles' services are shown when they exist, as compose's ps does.
    let mut status = engine.status(&loaded.with_disabled()).await?;
    let disabled: Vec<&str> = loaded.disabled.iter().map(|s| s.name.as_str()).collect();
    status.services.retain(|s| !(disabled.contains(&s.name.as_str()) && s.state == ContainerState::Missing));
    let running: Vec<(String, String)> = status
        .services
        .iter()
        .filter(|s| s.state == ContainerState::Running)
        .filter_map(|s| Some((s.name.clone(), s.container_id.clone()?)))
        .collect();
    let mut usage = engine.usage_of(&running).await;
    for s in &mut status.services {
        s.usage = usage.remove(&s.name);
    }
    if json {
        let text = serde_json::to_string_pretty(&status)
            .map_err(|e| CliError::Failed(format!("cannot encode status: {e}")))?;
        println!("{text}");
    } else {
        print!("{}", render::status_table(&status));
    }
    Ok(())
}

pub async fn logs(engine: &Engine, loaded: &Loaded, options: LogsArgs) -> CmdResult {
    let everything = loaded.with_disabled();
    let stack = &everything;
    let LogsArgs { services, follow, tail, since, until, grep, timestamps, show_secrets, no_color, no_log_prefix } =
        options;
    super::stack_input::known_services(stack, &services)?;
    // Fail closed: if the seeded values cannot be known, nothing is printed unmasked.
    let masker = if show_secrets {
        Masker::default()
    } else {
        let spec = match &stack.seed {
            None => None,
            Some(_) => Some(load_seed(loaded, &[]).map_err(|e| {
                let code = report(e);
                eprintln!(
                    "hint: secrets cannot be masked without the seed folder; --show-secrets prints logs unmasked"
                );
                CliError::Reported(code)
            })?),
        };
        // Seeded values and everything the stack marks secret (its services' variables too).
        Masker::for_stack(stack, spec.as_ref())
    };
    let since = since.as_deref().map(|text| moment("--since", text)).transpose()?;
    let until = until.as_deref().map(|text| moment("--until", text)).transpose()?;
    let grep = match grep.as_deref().map(regex::Regex::new) {
        None => None,
        Some(Ok(re)) => Some(re),
        Some(Err(e)) => return Err(CliError::Usage(format!("--grep: invalid regular expression: {e}"))),
    };
    let tail = match tail {
        Some(Tail::Lines(n)) => Some(n),
        _ => None,
    };
    let request = LogsRequest { services, follow, tail, since, until, timestamps };
    let mut stream = engine.logs(stack, &request).await?;
    let style = Style::for_logs(no_color);
    let width = stack.services.iter().map(|s| s.name.len()).max().unwrap_or(8);
    while let Some(item) = stream.next().await {
        match item {
            Ok(line) => {
                if grep.as_ref().is_some_and(|re| !re.is_match(&line.text)) {
                    continue;
                }
                println!("{}", style.log_line(&line.service, width, &masker.mask(&line.text), !no_log_prefix));
            }
            Err(e) => eprintln!("warning: {e}"),
        }
    }
    Ok(())
}

pub async fn port(engine: &Engine, stack: &Stack, service: &str, private: u16, protocol: &str) -> CmdResult {
    super::stack_input::known_services(stack, [&service.to_string()])?;
    let status = engine.status(stack).await?;
    let suffix = format!("->{private}/{protocol}");
    let found = status
        .services
        .iter()
        .filter(|s| s.name == service)
        .flat_map(|s| &s.ports)
        .find_map(|p| p.strip_suffix(&suffix));
    match found {
        Some(host) => {
            println!("{host}");
            Ok(())
        }
        None => Err(CliError::Failed(format!(
            "service '{service}' publishes no port {private}/{protocol} (is it running? see `berth ps`)"
        ))),
    }
}

pub struct ConfigView {
    pub json: bool,
    pub services: bool,
    pub profiles: bool,
    pub images: bool,
    pub volumes: bool,
    pub networks: bool,
    /// `-o FILE`: the resolved stack written there.
    pub output: Option<std::path::PathBuf>,
    pub quiet: bool,
    pub summary: bool,
}

pub fn config(args: &StackArgs, view: ConfigView) -> CmdResult {
    let loaded = load(args, &[])?;
    let stack = &loaded.stack;
    if view.quiet {
        return Ok(());
    }
    if view.services {
        for name in stack::start_order(stack) {
            println!("{name}");
        }
    } else if view.profiles {
        for p in &loaded.profiles {
            println!("{p}");
        }
    } else if view.images {
        for svc in &stack.services {
            println!("{}", svc.image.clone().unwrap_or_else(|| format!("{}-{}", stack.name, svc.name)));
        }
    } else if view.volumes || view.networks {
        // The names `config` prints at the top level: those the services use, as compose's.
        let value = stack::compose_json::to_json(stack, args.all_resources);
        let section = if view.volumes { "volumes" } else { "networks" };
        for name in value.get(section).and_then(|v| v.as_object()).into_iter().flat_map(|m| m.keys()) {
            println!("{name}");
        }
    } else if view.summary {
        print!("{}", render::resolved_stack(stack));
    } else {
        let value = stack::compose_json::to_json(stack, args.all_resources);
        let text = if view.json {
            serde_json::to_string_pretty(&value)
                .map_err(|e| CliError::Failed(format!("cannot encode the stack: {e}")))?
        } else {
            stack::compose_json::to_yaml(&value)
        };
        match &view.output {
            Some(path) => std::fs::write(path, format!("{text}\n"))
                .map_err(|e| CliError::Failed(format!("cannot write {}: {e}", path.display())))?,
            None => println!("{text}"),
        }
    }
    Ok(())
}

/// A moment as compose's `--since`/`--until` take it: a duration back from now (`10m`,
/// `1h30m`), an RFC 3339 time (`2026-12-07T13:23:37Z`) or Unix seconds; in Unix seconds.
pub fn moment(flag: &str, text: &str) -> Result<i64, CliError> {
    if let Ok(ago) = stack::fields::duration(text) {
        return Ok(chrono::Utc::now().timestamp() - i64::try_from(ago.as_secs()).unwrap_or(0));
    }
    if let Ok(at) = chrono::DateTime::parse_from_rfc3339(text) {
        return Ok(at.timestamp());
    }
    if let Ok(seconds) = text.parse::<f64>() {
        return Ok(seconds as i64);
    }
    Err(CliError::Usage(format!(
        "{flag} '{text}': expected a duration back from now (10m, 1h30m), a time (2026-12-07T13:23:37Z) or Unix seconds"
    )))
}

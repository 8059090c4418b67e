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
    let LogsArgs {
        services,
        follow,
        tail,
        since,
        until,
        grep,
        timestamps,
        show_secrets,
        no_color,
        no_log_prefix,
        index: _,
    } = options;
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
    pub more: super::args::ConfigMore,
}

pub fn config(args: &StackArgs, view: ConfigView) -> CmdResult {
    if let Some(flag) = view.more.refused() {
        return Err(CliError::Failed(format!(
            "config {flag}: berth prints the stack as it runs it (interpolated, normalised, paths resolved, checked); `docker compose config {flag}` prints that form"
        )));
    }
    // Read from the files as written: a required variable left unset is listed, not an error.
    if view.more.variables || view.more.models {
        return written_config(args, &view);
    }
    let loaded = load(args, &[])?;
    let stack = &loaded.stack;
    if view.quiet {
        return Ok(());
    }
    if view.more.environment {
        // As compose: with the project's name, which the files can use too.
        let mut environment: std::collections::BTreeMap<&str, &str> =
            loaded.vars.iter().filter(|(name, _)| !name.contains('.')).collect();
        environment.entry("COMPOSE_PROJECT_NAME").or_insert(&stack.name);
        for (name, value) in environment {
            println!("{name}={value}");
        }
        return Ok(());
    }
    if let Some(asked) = &view.more.hash {
        return print_hashes(stack, asked);
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

/// `config --variables` or `--models`: what the files say as written, before interpolation.
fn written_config(args: &StackArgs, view: &ConfigView) -> CmdResult {
    let mut texts = Vec::new();
    for file in args.files() {
        let text = stack::load::read_text(&file).map_err(|e| CliError::Failed(format!("{}: {e}", file.display())))?;
        texts.push(text);
    }
    if view.more.models {
        models(&texts, args.all_resources).iter().for_each(|m| println!("{m}"));
        return Ok(());
    }
    let variables = stack::variables::in_texts(texts.iter().map(String::as_str));
    match view.json {
        true => println!("{}", variables_json(&variables)),
        false => print!("{}", variables_table(&variables)),
    }
    Ok(())
}

/// `config --models`: as compose, the `model:` of each model a service uses (every declared
/// one with `--all-resources`), sorted.
fn models(texts: &[String], all: bool) -> Vec<String> {
    let mut declared = std::collections::BTreeMap::new();
    let mut used = std::collections::BTreeSet::new();
    for text in texts {
        let Ok(doc) = stack::yaml::parse(text) else { continue };
        for (name, def) in doc.get("models").and_then(|m| m.as_map()).unwrap_or_default() {
            let model = def.get("model").and_then(|m| m.scalar()).unwrap_or_default();
            declared.insert(name.scalar().unwrap_or_default().to_string(), model.to_string());
        }
        for (_, service) in doc.get("services").and_then(|s| s.as_map()).unwrap_or_default() {
            let Some(models) = service.get("models") else { continue };
            let names = match (models.as_seq(), models.as_map()) {
                (Some(items), _) => items.iter().filter_map(|i| i.scalar()).collect::<Vec<_>>(),
                (_, Some(entries)) => entries.iter().filter_map(|(k, _)| k.scalar()).collect(),
                _ => Vec::new(),
            };
            used.extend(names.into_iter().map(str::to_string));
        }
    }
    let mut out: Vec<String> =
        declared.into_iter().filter(|(name, _)| all || used.contains(name)).map(|(_, model)| model).collect();
    out.sort();
    out
}

/// compose's `--variables` table: columns at least 20 wide, as its tab writer pads them.
fn variables_table(variables: &std::collections::BTreeMap<String, stack::variables::Variable>) -> String {
    let rows: Vec<[String; 4]> =
        std::iter::once(["NAME", "REQUIRED", "DEFAULT VALUE", "ALTERNATE VALUE"].map(String::from))
            .chain(
                variables
                    .values()
                    .map(|v| [v.name.clone(), v.required.to_string(), v.default.clone(), v.alternate.clone()]),
            )
            .collect();
    let widths: Vec<usize> =
        (0..4).map(|i| rows.iter().map(|r| r[i].chars().count() + 1).max().unwrap_or(0).max(20)).collect();
    let mut out = String::new();
    for row in rows {
        // The last column is not padded.
        for (cell, width) in row[..3].iter().zip(&widths) {
            out.push_str(&format!("{cell:<width$}"));
        }
        out.push_str(&row[3]);
        out.push('\n');
    }
    out
}

/// compose's `--variables --format json`: one object per name, indented by four.
fn variables_json(variables: &std::collections::BTreeMap<String, stack::variables::Variable>) -> String {
    use serde::Serialize;
    #[derive(Serialize)]
    #[serde(rename_all = "PascalCase")]
    struct Shown<'a> {
        name: &'a str,
        default_value: &'a str,
        presence_value: &'a str,
        required: bool,
    }
    let value: std::collections::BTreeMap<&str, Shown> = variables
        .values()
        .map(|v| {
            let shown =
                Shown { name: &v.name, default_value: &v.default, presence_value: &v.alternate, required: v.required };
            (v.name.as_str(), shown)
        })
        .collect();
    let mut out = Vec::new();
    let mut writer =
        serde_json::Serializer::with_formatter(&mut out, serde_json::ser::PrettyFormatter::with_indent(b"    "));
    let _ = value.serialize(&mut writer);
    // compose ends it with an empty line.
    String::from_utf8(out).unwrap_or_default() + "\n"
}

/// `config --hash SERVICES`: each service with the hash of its container configuration (the
/// image by name: the engine is not asked which image that is).
fn print_hashes(stack: &stack::Stack, asked: &str) -> CmdResult {
    let names: Vec<String> = match asked {
        "*" => stack.services.iter().map(|s| s.name.clone()).collect(),
        list => list.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
    };
    for name in &names {
        let Some(svc) = stack.service(name) else {
            return Err(CliError::Failed(format!("no such service: {name}")));
        };
        let image = berth::engine::images::image_ref(stack, svc);
        let (_, hash) = berth::engine::container_spec::container_spec(stack, svc, &image, "");
        println!("{name} {hash}");
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

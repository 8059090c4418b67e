//! The command line: parses arguments, loads the stack, runs one command, maps its outcome
//! to an exit code (in `error`, the one place).

mod args;
mod attached;
mod build;
mod compose_ps;
mod container_cmds;
mod daily;
mod docs;
mod dry_run;
mod error;
mod exit;
mod fixtures;
mod headless;
mod inspect;
mod lifecycle;
mod onboarding;
mod one_off;
mod output_mode;
mod progress;
mod project;
mod render;
mod secrets;
mod stack_input;

use std::process::ExitCode;

use berth::engine::container_ops::ContainerOp;
use berth::engine::Engine;
use berth::seed::Mode;

use args::{Cli, Command, StackArgs};
use error::{exit_code, CliError, CmdResult};

pub fn run() -> ExitCode {
    // `COMPLETE=bash berth …`: the shell asks for completions; answered before anything else.
    clap_complete::CompleteEnv::with_factory(<Cli as clap::CommandFactory>::command).complete();
    // args_os: an argument that is not UTF-8 is an error to report, not a panic.
    let mut words = Vec::new();
    for (i, word) in std::env::args_os().enumerate() {
        match word.into_string() {
            Ok(w) => words.push(w),
            Err(raw) => {
                let shown = raw.to_string_lossy();
                let message = format!("argument {i} ('{shown}') is not UTF-8 text: berth's arguments must be");
                return ExitCode::from(exit_code(Err(CliError::Usage(message))));
            }
        }
    }
    let parsed = <Cli as clap::CommandFactory>::command()
        .try_get_matches_from(words)
        .and_then(|m| <Cli as clap::FromArgMatches>::from_arg_matches(&m).map(|cli| (cli, m)));
    let (cli, matches) = match parsed {
        Ok(found) => found,
        Err(e) => {
            if let Some(said) = args::misplaced_root_option(&e) {
                return ExitCode::from(exit_code(Err(CliError::Usage(said))));
            }
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { exit::USAGE } else { exit::OK });
        }
    };
    let name = matches.subcommand_name().unwrap_or_default().to_string();
    if let Err(e) = output_mode::set(cli.stack.ansi, cli.stack.progress) {
        return ExitCode::from(exit_code(Err(CliError::Usage(e))));
    }
    if cli.stack.compatibility {
        let said = "--compatibility: berth does not make compose v1's container names (STACK_SERVICE_1); its containers are STACK-SERVICE, with compose's labels";
        return ExitCode::from(exit_code(Err(CliError::Usage(said.into()))));
    }
    match &cli.command {
        Command::Completions { shell } => return ExitCode::from(exit_code(docs::completions(*shell))),
        Command::Version { format, short } => {
            return ExitCode::from(exit_code(project::version(*format == args::VersionFormat::Json, *short)))
        }
        Command::Man { markdown: true, .. } => {
            print!("{}", docs::reference());
            return ExitCode::from(exit::OK);
        }
        Command::Man { out, .. } => return ExitCode::from(exit_code(docs::man(out.as_deref()))),
        _ => {}
    }
    if let Command::Config { format, services, profiles, images, volumes, networks, output, quiet, summary, more } =
        &cli.command
    {
        let view = inspect::ConfigView {
            json: *format == Some(args::ConfigFormat::Json),
            services: *services,
            profiles: *profiles,
            images: *images,
            volumes: *volumes,
            networks: *networks,
            output: output.clone(),
            quiet: *quiet,
            summary: *summary,
            more: more.clone(),
        };
        return ExitCode::from(exit_code(inspect::config(&cli.stack, view)));
    }
    // One worker: berth's work is waiting on sockets, and with more workers a log flood spends
    // most of its CPU waking threads for each other (measured: 39% → 30% of a core at 50k
    // lines/s). Blocking work (build contexts, file reads) goes to the blocking pool.
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            return ExitCode::from(exit_code(Err(CliError::Failed(format!("cannot start the async runtime: {e}")))))
        }
    };
    let result = runtime.block_on(dispatch(cli.stack, &name, cli.command));
    // A read of stdin still waiting on its thread (after `exec`) must not hold the exit.
    runtime.shutdown_background();
    ExitCode::from(exit_code(result))
}

/// The services a command names: their profiles are enabled, as compose does.
fn named_services(command: &Command) -> &[String] {
    match command {
        Command::Up { services, .. }
        | Command::Watch { services, .. }
        | Command::Build { services, .. }
        | Command::Restart { services, .. }
        | Command::Down { services, .. }
        | Command::Stop { services, .. }
        | Command::Start { services }
        | Command::Pull { services, .. }
        | Command::Ps { services, .. }
        | Command::Kill { services, .. }
        | Command::Pause { services }
        | Command::Unpause { services }
        | Command::Rm { services, .. } => services,
        Command::Logs { options } => &options.services,
        Command::Images { services, .. }
        | Command::Top { services }
        | Command::Wait { services, .. }
        | Command::Create { services, .. }
        | Command::Events { services, .. }
        | Command::Stats { services, .. } => services,
        Command::Volumes { services, .. } | Command::Push { services, .. } => services,
        Command::Port { service, .. }
        | Command::Attach { service, .. }
        | Command::Commit { service, .. }
        | Command::Export { service, .. }
        | Command::Exec { service, .. }
        | Command::Run { service, .. }
        | Command::Shell { service } => std::slice::from_ref(service),
        _ => &[],
    }
}

/// The `--scale` values of the command (only `up` and `create` take them).
fn scales(command: &Command) -> &[berth::stack::scale::Scale] {
    match command {
        Command::Up { more, .. } => &more.scale,
        Command::Create { scale, .. } => scale,
        Command::Scale { scales, .. } => scales,
        _ => &[],
    }
}

/// `--dry-run`: the plan of a command that changes something; a refusal where berth has none;
/// the command itself where it only looks.
async fn dry(engine: &Engine, loaded: &berth::stack::Loaded, name: &str, command: Command) -> CmdResult {
    let everything = loaded.with_disabled();
    match command {
        Command::Up { services, build, force_recreate, no_recreate, no_deps, no_start, .. } => {
            let mut options = lifecycle::up_options(services, 300, build, false, false);
            options.recreate = lifecycle::recreate(force_recreate, no_recreate);
            options.no_deps = no_deps;
            options.no_start = no_start;
            dry_run::up(engine, loaded, &options).await
        }
        Command::Create { services, build, force_recreate, no_recreate, .. } => {
            let mut options = lifecycle::up_options(services, 300, build, true, false);
            options.recreate = lifecycle::recreate(force_recreate, no_recreate);
            options.no_start = true;
            dry_run::up(engine, loaded, &options).await
        }
        Command::Scale { scales, no_deps } => match lifecycle::scale_options(&scales, no_deps) {
            Some(options) => dry_run::up(engine, loaded, &options).await,
            None => Ok(()),
        },
        Command::Down { services, volumes, timeout, rmi, .. } => {
            stack_input::known_services(&everything, &services)?;
            let asked = berth::engine::resources::DownOptions { volumes, services, timeout };
            dry_run::down(engine, loaded, &asked, rmi).await
        }
        Command::Run { service, command, no_deps, rm, .. } => {
            stack_input::known_services(&loaded.stack, [&service])?;
            dry_run::run(engine, loaded, &service, &command, no_deps, rm).await
        }
        Command::Seed { target, .. } => fixtures::seed(engine, loaded, Mode::Seed, true, &target, &[]).await,
        Command::Reset { target, .. } => fixtures::seed(engine, loaded, Mode::Reset, true, &target, &[]).await,
        Command::Snapshot { action: args::SnapshotAction::Restore { name: snapshot, .. } } => {
            fixtures::restore_plan(engine, loaded, &snapshot).await
        }
        _ => dry_run::refuse(name),
    }
}

/// Whether a command only looks (a dry run of it is the command itself).
fn only_looks(command: &Command) -> bool {
    matches!(
        command,
        Command::Ps { .. }
            | Command::Status { .. }
            | Command::Logs { .. }
            | Command::Config { .. }
            | Command::Env { .. }
            | Command::Port { .. }
            | Command::Top { .. }
            | Command::Images { .. }
            | Command::Events { .. }
            | Command::Stats { .. }
            | Command::Version { .. }
            | Command::Ls { .. }
            | Command::Doctor { .. }
            | Command::Completions { .. }
            | Command::Man { .. }
    )
}

async fn dispatch(args: StackArgs, name: &str, command: Command) -> CmdResult {
    if let Command::Doctor { json } = command {
        return onboarding::doctor(&args, json).await;
    }
    // Every stack on the engine: no stack file needed.
    if let Command::Ls { all, quiet, format, filter } = &command {
        let names = project::name_filters(filter)?;
        return project::ls(&Engine::connect().await?, *all, *quiet, *format == args::Listing::Json, &names).await;
    }
    let mut loaded = stack_input::load(&args, named_services(&command))?;
    let scaled_out = loaded.scale(scales(&command)).map_err(CliError::Usage)?;
    let mut engine = Engine::connect().await?;
    if let Some(limit) = stack_input::parallel_limit(&args, &loaded)? {
        engine.limit_parallel(limit);
    }
    if args.dry_run && !only_looks(&command) {
        for service in &scaled_out {
            output_mode::status_line(&format!("{service}: container would be removed (--scale {service}=0)"));
        }
        return dry(&engine, &loaded, name, command).await;
    }
    // `--scale SERVICE=0`: as compose, the service's container goes before the others come up.
    lifecycle::remove_containers_of(&engine, &loaded.stack, &scaled_out).await?;
    let stack = &loaded.stack;
    // Commands on containers already there see the services of disabled profiles too.
    let everything = loaded.with_disabled();
    match command {
        Command::Up {
            services,
            wait,
            detach,
            wait_timeout,
            timeout,
            stop_timeout,
            abort_on_container_exit,
            exit_code_from,
            attach,
            no_attach,
            more,
            remove_orphans,
            force_recreate,
            no_recreate,
            no_deps,
            no_start,
            pull,
            no_build,
            renew_anon_volumes,
            build,
            no_tui,
            log_lines,
            watch,
            timings,
        } => {
            if timeout.is_some() {
                eprintln!("warning: --timeout is now --wait-timeout (compose's -t/--timeout is the shutdown timeout); the old name goes in the next release");
            }
            if let Some(service) = &exit_code_from {
                stack_input::known_services(stack, [service])?;
            }
            stack_input::known_services(stack, attach.iter().chain(&no_attach))?;
            let readiness = wait_timeout.or(timeout).unwrap_or(300);
            let mut options = lifecycle::up_options(services, readiness, build, detach, wait);
            options.orphans = lifecycle::orphan_policy(&loaded, remove_orphans);
            options.recreate = lifecycle::recreate(force_recreate, no_recreate);
            options.no_deps = no_deps;
            options.no_start = no_start;
            options.no_build = no_build;
            options.renew_anon_volumes = renew_anon_volumes;
            options.pull = pull.map(args::PullWhen::policy);
            options.recreate_deps = more.always_recreate_deps;
            output_mode::set_quiet_fetch(more.quiet_pull, more.quiet_build);
            // Nothing starts: as `-d`, headless.
            let detach = detach || no_start;
            // `--menu=false` (or COMPOSE_MENU=false): no UI on a terminal, the output followed.
            let menu = more.menu.or_else(|| loaded.vars.get("COMPOSE_MENU").map(berth::stack::load::truthy));
            let on_swarm = stack.engine == berth::stack::deploy::EngineKind::Swarm;
            let attached = attached::Attach {
                abort_on_exit: abort_on_container_exit || exit_code_from.is_some(),
                exit_code_from,
                stop_timeout,
                only: attach,
                not: no_attach,
                abort_on_failure: more.abort_on_container_failure,
                no_color: more.no_color,
                no_log_prefix: more.no_log_prefix,
                timestamps: more.timestamps,
                dependencies: more.attach_dependencies,
                plain: menu == Some(false) && !on_swarm,
            };
            let no_tui = no_tui || (menu == Some(false) && on_swarm);
            let request = lifecycle::UpRequest { options, wait, detach, no_tui, log_lines, watch, timings, attached };
            lifecycle::up(engine, &loaded, request).await
        }
        Command::Watch { services, no_up, prune, quiet } => {
            output_mode::set_quiet_fetch(false, quiet);
            engine.prune_rebuilt = prune;
            lifecycle::watch(engine, &loaded, services, no_up).await
        }
        Command::Build { services, options } => build::build(&engine, stack, &services, &options).await,
        Command::Ui { log_lines } => {
            let spec = stack_input::stack_seed(&loaded)?;
            lifecycle::ui(engine, &loaded, spec, log_lines, None).await
        }
        Command::Down { services, volumes, timeout, rmi, remove_orphans: _ } => {
            stack_input::known_services(&everything, &services)?;
            let asked = berth::engine::resources::DownOptions { volumes, services, timeout };
            lifecycle::down_as_asked(&engine, &everything, &asked, rmi).await
        }
        Command::Restart { services, timeout, no_deps: _ } => {
            lifecycle::restart(&engine, &loaded, &everything, &services, timeout).await
        }
        Command::Stop { services, timeout } => {
            lifecycle::stop_or_start(&engine, &everything, &services, false, timeout).await
        }
        Command::Start { services } => lifecycle::stop_or_start(&engine, &everything, &services, true, None).await,
        Command::Pull { services, options } => lifecycle::pull(&engine, &loaded, &services, &options).await,
        Command::Kill { services, signal, remove_orphans } => {
            lifecycle::kill(&engine, &everything, &services, signal, remove_orphans).await
        }
        Command::Pause { services } => {
            lifecycle::container_op(&engine, &everything, &services, ContainerOp::Pause).await
        }
        Command::Unpause { services } => {
            lifecycle::container_op(&engine, &everything, &services, ContainerOp::Unpause).await
        }
        Command::Rm { services, force, stop, volumes } => {
            lifecycle::remove_stopped(&engine, &everything, &services, force, stop, volumes).await
        }
        Command::Ps { services, all, quiet, services_only, status, filter, format, no_trunc, orphans } => {
            let request = compose_ps::PsRequest {
                services,
                all,
                quiet,
                service_names: services_only,
                statuses: status,
                filters: filter,
                format,
                no_trunc,
                orphans,
            };
            compose_ps::ps(&engine, &loaded, request).await
        }
        Command::Status { json, format } => {
            inspect::status(&engine, &loaded, json || format == Some(args::Listing::Json)).await
        }
        Command::Logs { options } => {
            if options.index.is_some() {
                let [service] = options.services.as_slice() else {
                    return Err(CliError::Usage("--index requires one service to be selected".into()));
                };
                args::one_container(options.index, service).map_err(CliError::Failed)?;
            }
            inspect::logs(&engine, &loaded, options).await
        }
        Command::Port { service, private_port, protocol, index } => {
            args::one_container(index, &service).map_err(CliError::Failed)?;
            inspect::port(&engine, stack, &service, private_port, &protocol).await
        }
        Command::Seed { plan, target, rotate } => {
            fixtures::seed(&engine, &loaded, Mode::Seed, plan, &target, &rotate).await
        }
        Command::Reset { yes, target } => fixtures::reset(&engine, &loaded, yes, &target).await,
        Command::Snapshot { action } => fixtures::snapshot(&engine, &loaded, action).await,
        Command::Walkthrough { yes } => onboarding::walkthrough(&engine, &loaded, yes).await,
        Command::Exec { no_tty, detach, privileged, user, workdir, env, index, service, command } => {
            args::one_container(index, &service).map_err(CliError::Failed)?;
            let request =
                berth::engine::exec_session::ExecRequest { command, tty: !no_tty, user, workdir, env, privileged };
            daily::exec(&engine, &everything, &service, request, detach).await
        }
        Command::Shell { service } => daily::shell(&engine, &everything, &service).await,
        Command::Create {
            services,
            build,
            force_recreate,
            no_recreate,
            remove_orphans,
            no_build,
            pull,
            quiet_pull,
            ..
        } => {
            output_mode::set_quiet_fetch(quiet_pull, false);
            let mut options = lifecycle::up_options(services, 300, build, true, false);
            options.orphans = lifecycle::orphan_policy(&loaded, remove_orphans);
            options.no_build = no_build;
            options.pull = pull.map(args::PullWhen::policy);
            options.recreate = lifecycle::recreate(force_recreate, no_recreate);
            options.no_start = true;
            lifecycle::up(engine, &loaded, lifecycle::UpRequest::detached(options)).await
        }
        Command::Images { services, quiet, format } => {
            project::images(&engine, &everything, &services, quiet, format == args::Listing::Json).await
        }
        Command::Top { services } => project::top(&engine, &everything, &services).await,
        Command::Events { services, json, since, until } => {
            let window = project::EventWindow { json, since: since.as_deref(), until: until.as_deref() };
            project::events(&engine, &everything, &services, window).await
        }
        Command::Stats { services, all, no_stream, no_trunc, format } => {
            let shape = project::StatsShape { once: no_stream, json: format == args::Listing::Json, no_trunc };
            project::stats(&engine, &everything, &services, all, shape).await
        }
        Command::Wait { services, down_project } => {
            let code = project::wait(&engine, &everything, &services).await;
            if down_project {
                lifecycle::down(&engine, stack, false).await?;
            }
            code
        }
        Command::Cp { source, destination, options } => {
            project::cp(&engine, &everything, &source, &destination, &options).await
        }
        Command::Run {
            detach,
            rm,
            env,
            label,
            no_tty,
            interactive,
            user,
            workdir,
            entrypoint,
            service_ports,
            publish,
            name,
            no_deps,
            wait_timeout,
            more,
            service,
            command,
        } => {
            let entrypoint = match entrypoint {
                Some(text) => Some(
                    berth::stack::fields::shell_words(&text)
                        .map_err(|e| CliError::Usage(format!("--entrypoint {text}: {e}")))?,
                ),
                None => None,
            };
            let labels = label
                .iter()
                .map(|l| match l.split_once('=') {
                    Some((k, v)) => Ok((k.to_string(), v.to_string())),
                    None => Err(CliError::Usage(format!("--label {l}: expected KEY=VALUE"))),
                })
                .collect::<Result<Vec<_>, _>>()?;
            let one_off = berth::engine::one_off::OneOff {
                service,
                command,
                entrypoint,
                env,
                labels,
                user,
                workdir,
                // As compose: a terminal only when berth has one, unless -T.
                tty: !no_tty
                    && !detach
                    && std::io::IsTerminal::is_terminal(&std::io::stdin())
                    && std::io::IsTerminal::is_terminal(&std::io::stdout()),
                interactive: interactive && !detach,
                service_ports,
                publish,
                name,
                volumes: more.volume.clone(),
                cap_add: more.cap_add.clone(),
                cap_drop: more.cap_drop.clone(),
                use_aliases: more.use_aliases,
                build: more.build,
                pull: more.pull.map(args::PullWhen::policy),
            };
            let request = one_off::RunRequest {
                one_off: one_off::with_env_files(one_off, &more.env_from_file)?,
                detach,
                rm,
                no_deps,
                remove_orphans: more.remove_orphans,
                wait: std::time::Duration::from_secs(wait_timeout),
            };
            one_off::run(&engine, &loaded, request).await
        }
        Command::Env { services, format, show_secrets, mask } => {
            let reveal = secrets::Reveal::for_program_output(show_secrets, mask);
            daily::env(&engine, &loaded, &services, format, reveal).await
        }
        Command::Volumes { services, quiet, format } => {
            container_cmds::volumes(&engine, &everything, &services, quiet, format == args::Listing::Json).await
        }
        Command::Push { services, ignore_push_failures, include_deps, quiet } => {
            let asked = build::PushAsked { include_deps, ignore_failures: ignore_push_failures, quiet };
            build::push_services(&engine, stack, &services, asked).await
        }
        Command::Scale { scales, no_deps } => match lifecycle::scale_options(&scales, no_deps) {
            Some(mut options) => {
                options.orphans = lifecycle::orphan_policy(&loaded, false);
                lifecycle::up(engine, &loaded, lifecycle::UpRequest::detached(options)).await
            }
            None => Ok(()),
        },
        Command::Attach { service, detach_keys, no_stdin, sig_proxy, index } => {
            let request = container_cmds::AttachRequest { detach_keys, stdin: !no_stdin, sig_proxy, index };
            container_cmds::attach(&engine, &everything, &service, request).await
        }
        Command::Commit { service, reference, author, message, changes, pause, index } => {
            let request = berth::engine::container_io::CommitRequest { reference, author, message, changes, pause };
            container_cmds::commit(&engine, &everything, &service, request, index).await
        }
        Command::Export { service, output, index } => {
            container_cmds::export(&engine, &everything, &service, output.as_deref(), index).await
        }
        Command::Config { .. }
        | Command::Doctor { .. }
        | Command::Completions { .. }
        | Command::Man { .. }
        | Command::Version { .. }
        | Command::Ls { .. } => Ok(()),
    }
}

//! The command line's words: commands, their options and their typed values. The stack's
//! options (`-f`, `-p`) belong to berth itself, before the command, as in compose; the
//! long-only ones shared by every command are global and shown apart in each command's help.

use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};

use berth::stack::{self, LoadOptions};

pub use super::output_mode::{Ansi, Progress};

#[derive(Parser)]
#[command(
    name = "berth",
    version,
    about = "Boot an AWS-shaped development stack from one stack file",
    after_help = "Examples:\n  berth up                          the default stack, with the UI on a terminal\n  berth up --wait                   headless: exit 0 once every service is ready\n  berth -f compose.yaml up -d       a compose file, as compose's `up -d`\n  berth run --rm backend npm test   a one-off command, its dependencies ready first\n  berth reset --yes                 the sandbox back to its fixtures\n  eval \"$(berth env --format shell)\" the stack's addresses for programs here\n\nThe manual: docs/ (COMMANDS.md lists every command)."
)]
pub struct Cli {
    #[command(flatten)]
    pub stack: StackArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// The heading the options shared by every command stand under in each command's help, so a
/// command's own options read first and alone.
const GLOBAL: &str = "Global options";

#[derive(Args, Clone, Default)]
pub struct StackArgs {
    /// Stack file: berth's format or a compose file; repeat to merge files over it
    /// [default: COMPOSE_FILE, else compose.yaml … here or in a parent (with its override file), else stacks/ysh-b2b.yaml]
    #[arg(short = 'f', long = "file")]
    pub file: Vec<PathBuf>,
    /// Enable a profile's services (repeatable; `*` for all; default: COMPOSE_PROFILES)
    #[arg(long = "profile", global = true, help_heading = GLOBAL)]
    pub profile: Vec<String>,
    /// Env file for ${VAR} interpolation, instead of the stack folder's .env (repeatable; later files win; the environment wins over all)
    #[arg(long = "env-file", global = true, help_heading = GLOBAL)]
    pub env_file: Vec<PathBuf>,
    /// Stack name, overriding the file's `name:` (also COMPOSE_PROJECT_NAME)
    #[arg(short = 'p', long = "project-name")]
    pub project_name: Option<String>,
    /// Refused: compose v1's names (`STACK_SERVICE_1`) are not made; berth's are STACK-SERVICE
    #[arg(long)]
    pub compatibility: bool,
    /// The project's folder: relative paths resolve and `.env` is read there (default: the
    /// first stack file's folder)
    #[arg(long = "project-directory", global = true, value_name = "DIR", help_heading = GLOBAL)]
    pub project_directory: Option<PathBuf>,
    /// Say what the command would change and change nothing (up, create, down, run, seed,
    /// reset, snapshot restore; other commands that change something refuse)
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub dry_run: bool,
    /// Colour: `never`, `always` or `auto` (a terminal without NO_COLOR; also COMPOSE_ANSI)
    #[arg(long, global = true, value_name = "WHEN", help_heading = GLOBAL)]
    pub ansi: Option<Ansi>,
    /// Progress: `auto` (bars on a terminal), `tty`, `plain`, `json` (plain lines) or `quiet`
    /// (also COMPOSE_PROGRESS)
    #[arg(long, global = true, value_name = "KIND", help_heading = GLOBAL)]
    pub progress: Option<Progress>,
    /// How many engine operations (pulls, builds, creates, starts) run at once; -1 for no
    /// limit, the default (also COMPOSE_PARALLEL_LIMIT)
    #[arg(long, global = true, value_name = "N", allow_negative_numbers = true, help_heading = GLOBAL)]
    pub parallel: Option<i64>,
    /// `config`: print every network and volume the files declare, used or not
    #[arg(long, global = true, help_heading = GLOBAL)]
    pub all_resources: bool,
    /// What runs the stack: `containers` on one Docker engine, or `swarm` on the cluster the engine manages (also BERTH_ENGINE, x-berth.engine)
    #[arg(long = "engine", global = true, help_heading = GLOBAL)]
    pub engine: Option<EngineChoice>,
}

#[derive(Args, Clone)]
pub struct LogsArgs {
    /// Services to act on; all when none are named
    #[arg(add = ArgValueCompleter::new(service_names))]
    pub services: Vec<String>,
    /// Keep printing new lines
    #[arg(short = 'f', long)]
    pub follow: bool,
    /// Only the last N lines of each service (`all` for every line)
    #[arg(short = 'n', long, value_parser = parse_tail)]
    pub tail: Option<Tail>,
    /// Only lines newer than this (10m, 1h30m, 2026-12-07T13:23:37Z or Unix seconds)
    #[arg(long)]
    pub since: Option<String>,
    /// Only lines older than this (as --since)
    #[arg(long)]
    pub until: Option<String>,
    /// Print the service names without colour
    #[arg(long)]
    pub no_color: bool,
    /// Print each line without its service's name
    #[arg(long)]
    pub no_log_prefix: bool,
    /// Only lines matching this regular expression
    #[arg(long)]
    pub grep: Option<String>,
    /// Prefix each line with its timestamp
    #[arg(short = 't', long)]
    pub timestamps: bool,
    /// Print seeded secret values instead of ••••
    #[arg(long)]
    pub show_secrets: bool,
    /// Which of the service's containers (berth runs one per service: 1); one service only
    #[arg(long, value_name = "N")]
    pub index: Option<u32>,
}

#[derive(Args, Clone)]
pub struct SeedTarget {
    /// Only these kinds: s3, secrets, sqs, postgres, redis (comma-separated)
    #[arg(long, value_delimiter = ',')]
    pub only: Vec<String>,
    /// An AWS endpoint other than the stack's own LocalStack (needs --i-know-this-is-not-a-sandbox)
    #[arg(long)]
    pub endpoint: Option<String>,
    /// Allow writing to an endpoint that is not this stack's sandbox
    #[arg(long = "i-know-this-is-not-a-sandbox")]
    pub not_a_sandbox: bool,
}

#[derive(Subcommand, Clone)]
pub enum SnapshotAction {
    /// Capture S3, secrets, queues, a Postgres dump and Redis keys
    Save {
        /// The snapshot's name (letters, digits, '-', '_', '.')
        name: String,
        /// Also capture the messages waiting in queues
        #[arg(long)]
        messages: bool,
    },
    /// Make the sandbox equal to a snapshot (a reset toward it)
    Restore {
        /// The snapshot's name (letters, digits, '-', '_', '.')
        name: String,
        /// Do not ask for confirmation
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// List the snapshots
    List,
    /// Remove a snapshot
    Rm {
        /// The snapshot's name (letters, digits, '-', '_', '.')
        name: String,
    },
}

#[derive(Subcommand)]
pub enum Command {
    /// Create, start and wait for the stack's services (all, or the named ones and their dependencies)
    #[command(
        after_help = "On a terminal: the UI. Elsewhere, as compose's `up`: the services' output, prefixed, until they\nall exit or Ctrl-C stops them; `--wait` returns once all are ready, `-d` once all are started.\n\nExamples:\n  berth up --wait\n  berth -f docker-compose.localstack.yml up --wait --wait-timeout 120\n  berth up --abort-on-container-exit --exit-code-from tests\n  berth up backend --build"
    )]
    Up {
        /// Services to bring up (with what they depend on); all when none are named
        #[arg(add = ArgValueCompleter::new(service_names))]
        services: Vec<String>,
        /// Run headless and exit once every service is ready (0), failed (1) or timed out (3)
        #[arg(long)]
        wait: bool,
        /// No UI: return once every container is created and started (what compose's `up -d` does)
        #[arg(short = 'd', long)]
        detach: bool,
        /// Seconds to wait for readiness (300 unless given)
        #[arg(long, value_name = "SECS")]
        wait_timeout: Option<u64>,
        /// The old name of --wait-timeout (compose's -t/--timeout is the shutdown timeout)
        #[arg(long, value_name = "SECS", hide = true)]
        timeout: Option<u64>,
        /// Seconds each container gets to stop when an attached `up` ends (compose's `-t`)
        #[arg(short = 't', value_name = "SECS")]
        stop_timeout: Option<u32>,
        /// Attached: stop every container as soon as one exits (no UI)
        #[arg(long, conflicts_with_all = ["detach", "wait", "watch"])]
        abort_on_container_exit: bool,
        /// Attached: exit with this service's exit code (implies --abort-on-container-exit)
        #[arg(long, value_name = "SERVICE", conflicts_with_all = ["detach", "wait", "watch"])]
        exit_code_from: Option<String>,
        /// Remove containers of services no longer in the stack file (also COMPOSE_REMOVE_ORPHANS)
        #[arg(long)]
        remove_orphans: bool,
        /// Make every container again, changed or not
        #[arg(long, conflicts_with = "no_recreate")]
        force_recreate: bool,
        /// Keep existing containers, even where the configuration changed
        #[arg(long)]
        no_recreate: bool,
        /// Only the named services, not what they depend on
        #[arg(long)]
        no_deps: bool,
        /// Pull images first: `always`, `missing` (the default) or `never`, for every service
        #[arg(long, value_name = "POLICY")]
        pull: Option<PullWhen>,
        /// Never build: an image that would be built is an error instead
        #[arg(long, conflicts_with = "build")]
        no_build: bool,
        /// Anonymous volumes made anew instead of taken from the containers being replaced
        #[arg(short = 'V', long)]
        renew_anon_volumes: bool,
        /// Make the containers and start none (as `berth create`)
        #[arg(long, conflicts_with_all = ["wait", "watch", "abort_on_container_exit", "exit_code_from"])]
        no_start: bool,
        /// Attached: follow only these services' output (repeatable)
        #[arg(long, value_name = "SERVICE")]
        attach: Vec<String>,
        /// Attached: do not follow these services' output (repeatable)
        #[arg(long, value_name = "SERVICE")]
        no_attach: Vec<String>,
        #[command(flatten)]
        more: UpMore,
        /// Rebuild the images of services that have `build:`
        #[arg(long)]
        build: bool,
        /// Plain progress lines even on a terminal
        #[arg(long)]
        no_tui: bool,
        /// Lines kept per service in the UI's log panes
        #[arg(long, default_value_t = 10_000)]
        log_lines: usize,
        /// Once ready, follow the services' develop.watch rules (sync, rebuild, restart) until Ctrl-C
        #[arg(long, conflicts_with = "detach")]
        watch: bool,
        /// Headless: when each service's container was made, its gate opened, it ran and it was
        /// ready, and the critical path; `--timings json` prints them as the last line of stdout
        #[arg(long, value_name = "FORMAT", num_args = 0..=1, default_missing_value = "text", require_equals = false)]
        timings: Option<super::headless::TimingsFormat>,
    },
    /// Bring the stack up, then follow the develop.watch rules: changed files are synced into
    /// the container, or the image rebuilt, and the service probed again
    #[command(after_help = "Examples:\n  berth watch\n  berth watch backend --no-up")]
    Watch {
        /// Services whose rules to follow; every service with develop.watch when none are named
        #[arg(add = ArgValueCompleter::new(service_names))]
        services: Vec<String>,
        /// Do not bring the stack up first (it is already running)
        #[arg(long)]
        no_up: bool,
        /// Remove the image a rebuild replaced once nothing names it (the default);
        /// `--prune=false` keeps it
        #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", require_equals = true, default_value_t = true, action = clap::ArgAction::Set)]
        prune: bool,
        /// Without the builds' output
        #[arg(long)]
        quiet: bool,
    },
    /// Build the images of services that have `build:` (all, or the named ones) without starting them
    #[command(after_help = "Examples:\n  berth build\n  berth build backend --no-cache")]
    Build {
        /// Services to build; every service with `build:` when none are named
        services: Vec<String>,
        #[command(flatten)]
        options: BuildArgs,
    },
    /// Open the terminal UI on a stack that is already running
    #[command(after_help = "Examples:\n  berth ui\n  berth -f docker-compose.localstack.yml ui")]
    Ui {
        /// Lines kept per service in the log panes
        #[arg(long, default_value_t = 10_000)]
        log_lines: usize,
    },
    /// Remove the stack's containers and networks (and with -v its volumes); only what berth created
    #[command(
        after_help = "Examples:\n  berth down\n  berth down -v    # also the volumes: the database starts empty next time"
    )]
    Down {
        /// Only these services' containers (networks and volumes stay); the whole stack when none
        #[arg(add = ArgValueCompleter::new(service_names))]
        services: Vec<String>,
        /// Also remove the stack's named volumes
        #[arg(short = 'v', long = "volumes")]
        volumes: bool,
        /// Seconds each container gets to stop before it is killed
        #[arg(short = 't', long = "timeout", value_name = "SECS")]
        timeout: Option<u32>,
        /// Also remove images: `local` (those berth builds, with no `image:` name) or `all`
        #[arg(long, value_name = "TYPE")]
        rmi: Option<Rmi>,
        /// Accepted for compose's scripts: `down` always removes every container of the stack
        #[arg(long)]
        remove_orphans: bool,
    },
    /// Show each service's state, health, ports, uptime and restarts
    #[command(
        after_help = "Examples:\n  berth status\n  berth status --json | jq '.services[] | select(.state != \"running\")'"
    )]
    Status {
        /// Print one JSON object instead of a table (as `--format json`)
        #[arg(long, conflicts_with = "format")]
        json: bool,
        /// `table` (default) or `json`
        #[arg(long)]
        format: Option<Listing>,
    },
    /// List the stack's containers as Docker Compose's `ps` does (running ones unless -a)
    #[command(
        after_help = "The same output as `docker compose ps`, for scripts written for it; `berth status` is berth's own view.\n\nExamples:\n  berth ps -a\n  berth ps --format json | jq -r 'select(.Health == \"unhealthy\") | .Service'\n  berth ps -q backend\n  berth ps --status exited --services\n  berth ps --format '{{.Name}}\\t{{.State}}'"
    )]
    Ps {
        /// Only these services' containers
        #[arg(add = ArgValueCompleter::new(service_names))]
        services: Vec<String>,
        /// Also the containers that are not running
        #[arg(short = 'a', long)]
        all: bool,
        /// Only the containers' ids
        #[arg(short = 'q', long)]
        quiet: bool,
        /// Only the services' names
        #[arg(long = "services")]
        services_only: bool,
        /// Only containers in this state (paused, restarting, removing, running, dead, created, exited); repeatable
        #[arg(long)]
        status: Vec<String>,
        /// Filter as KEY=VALUE; berth knows status=STATE
        #[arg(long)]
        filter: Vec<String>,
        /// `table` (default), `json` (one object per container and line) or a template such as '{{.Name}} {{.State}}'
        #[arg(long)]
        format: Option<String>,
        /// Do not shorten the command
        #[arg(long)]
        no_trunc: bool,
        /// Containers of services no longer in the stack file too (the default); `--orphans=false`
        /// leaves them out
        #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", require_equals = true, default_value_t = true, action = clap::ArgAction::Set)]
        orphans: bool,
    },
    /// Stop the services' containers (all when none are named), keeping them for `start`
    #[command(after_help = "Examples:\n  berth stop\n  berth stop backend")]
    Stop {
        /// Services to stop; all when none are named
        #[arg(add = ArgValueCompleter::new(service_names))]
        services: Vec<String>,
        /// Seconds each container gets to stop before it is killed (else its stop_grace_period)
        #[arg(short = 't', long = "timeout", value_name = "SECS")]
        timeout: Option<u32>,
    },
    /// Send a signal (SIGKILL unless -s names another) to the services' running containers, as compose's kill
    #[command(after_help = "Examples:\n  berth kill backend\n  berth kill -s SIGHUP storefront")]
    Kill {
        /// Services to act on; all when none are named
        #[arg(add = ArgValueCompleter::new(service_names))]
        services: Vec<String>,
        /// The signal to send
        #[arg(short = 's', long, default_value = "SIGKILL")]
        signal: String,
        /// Also remove the containers of services no longer in the stack file
        #[arg(long)]
        remove_orphans: bool,
    },
    /// Pause the services' running containers (all when none are named)
    #[command(after_help = "Examples:\n  berth pause backend")]
    Pause {
        /// Services to act on; all when none are named
        #[arg(add = ArgValueCompleter::new(service_names))]
        services: Vec<String>,
    },
    /// Unpause the services' paused containers (all when none are named)
    #[command(after_help = "Examples:\n  berth unpause backend")]
    Unpause {
        /// Services to act on; all when none are named
        #[arg(add = ArgValueCompleter::new(service_names))]
        services: Vec<String>,
    },
    /// Remove the services' stopped containers (all when none are named), as compose's rm
    #[command(after_help = "Examples:\n  berth rm -f\n  berth rm -s -f worker   # stop it first")]
    Rm {
        /// Services to act on; all when none are named
        #[arg(add = ArgValueCompleter::new(service_names))]
        services: Vec<String>,
        /// Do not ask for confirmation
        #[arg(short = 'f', long)]
        force: bool,
        /// Stop the containers first
        #[arg(short = 's', long)]
        stop: bool,
        /// Also remove their anonymous volumes
        #[arg(short = 'v', long)]
        volumes: bool,
    },
    /// Start the services' stopped containers again (all when none are named)
    #[command(after_help = "Examples:\n  berth start backend")]
    Start {
        /// Services to start; all when none are named
        #[arg(add = ArgValueCompleter::new(service_names))]
        services: Vec<String>,
    },
    /// Pull the services' images (those with `image:` and no `build:` when none are named)
    #[command(after_help = "Examples:\n  berth pull\n  berth pull postgres")]
    Pull {
        /// Services whose images to pull; every service with `image:` and no `build:` when none are named
        services: Vec<String>,
        #[command(flatten)]
        options: PullArgs,
    },
    /// Print the host address a service's container port is published on
    #[command(after_help = "Examples:\n  berth port postgres 5432\n  berth port localstack 4566 --protocol tcp")]
    Port {
        /// The service whose published port to print
        service: String,
        /// The port inside the container
        private_port: u16,
        /// tcp, udp or sctp
        #[arg(long, default_value = "tcp")]
        protocol: String,
        /// Which of the service's containers (berth runs one per service: 1)
        #[arg(long, value_name = "N")]
        index: Option<u32>,
    },
    /// Print the services' logs, prefixed with the service name
    #[command(after_help = "Examples:\n  berth logs backend --tail 50\n  berth logs -f --grep 'ERROR|WARN'")]
    Logs {
        #[command(flatten)]
        options: LogsArgs,
    },
    /// Apply the seed folder's fixtures: create what is missing, update what differs
    #[command(
        after_help = "Examples:\n  berth seed --plan\n  berth seed --only s3,secrets\n  berth seed --rotate /ysh-b2b/jwt-secret"
    )]
    Seed {
        /// Only print the plan (create, update, delete, unchanged)
        #[arg(long)]
        plan: bool,
        #[command(flatten)]
        target: SeedTarget,
        /// Generate a new value for this generated secret (repeatable)
        #[arg(long)]
        rotate: Vec<String>,
    },
    /// Make the sandbox equal to the fixtures again: extra objects, buckets, secrets, queues, rows and keys go
    #[command(after_help = "Examples:\n  berth reset --yes\n  berth reset --only postgres,redis")]
    Reset {
        /// Do not ask for confirmation
        #[arg(long, short = 'y')]
        yes: bool,
        #[command(flatten)]
        target: SeedTarget,
    },
    /// Save, restore, list and remove snapshots of the sandbox (.berth/snapshots/NAME/)
    #[command(
        after_help = "Examples:\n  berth snapshot save before-demo\n  berth snapshot restore before-demo --yes\n  berth snapshot list"
    )]
    Snapshot {
        #[command(subcommand)]
        action: SnapshotAction,
    },
    /// Check the machine and the stack: Docker, disk, ports, images, auth token, seed folder
    #[command(after_help = "Examples:\n  berth doctor\n  berth doctor --json")]
    Doctor {
        /// Print the findings as JSON
        #[arg(long)]
        json: bool,
    },
    /// A guided tour of the platform that checks each step live (resumes where it stopped)
    #[command(after_help = "Examples:\n  berth walkthrough\n  berth walkthrough --yes   # unattended")]
    Walkthrough {
        /// Run every step without asking
        #[arg(long, short = 'y')]
        yes: bool,
    },
    /// Run a one-off command in a new container of a service, its dependencies up and ready first
    #[command(
        after_help = "The container has the service's settings, no published ports (unless --service-ports or -p)\nand no restart policy; the command's exit code is berth's. `berth down` removes what --rm did not.\n\nExamples:\n  berth run --rm backend npx medusa db:migrate\n  berth run --rm -T -e CI=1 backend npm test\n  berth run --rm --no-deps --entrypoint sh backend -c 'ls /app'"
    )]
    Run {
        /// Run in the background and print the container's id
        #[arg(short = 'd', long)]
        detach: bool,
        /// Remove the container when the command ends
        #[arg(long)]
        rm: bool,
        /// Set a variable (KEY=VALUE, or KEY to pass berth's own value; repeatable)
        #[arg(short = 'e', long = "env")]
        env: Vec<String>,
        /// Add a label to the container (KEY=VALUE; repeatable)
        #[arg(short = 'l', long = "label")]
        label: Vec<String>,
        /// No pseudo-terminal, even on a terminal (for pipes and scripts)
        #[arg(short = 'T', long = "no-TTY")]
        no_tty: bool,
        /// Keep stdin open (the default; `--interactive=false` closes it)
        #[arg(short = 'i', long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true", require_equals = true)]
        interactive: bool,
        /// Run as this user (NAME or UID[:GID])
        #[arg(short = 'u', long)]
        user: Option<String>,
        /// Run in this folder of the container
        #[arg(short = 'w', long)]
        workdir: Option<String>,
        /// Replace the image's entrypoint (split as a shell would)
        #[arg(long)]
        entrypoint: Option<String>,
        /// Publish the service's own ports
        #[arg(long)]
        service_ports: bool,
        /// Publish a port ([IP:][HOST:]CONTAINER[/PROTO]; repeatable)
        #[arg(short = 'p', long = "publish")]
        publish: Vec<String>,
        /// Name the container (`<stack>-<service>-run-<id>` otherwise)
        #[arg(long)]
        name: Option<String>,
        /// Do not start the service's dependencies
        #[arg(long)]
        no_deps: bool,
        /// Seconds to wait for the dependencies' readiness
        #[arg(long, default_value_t = 300)]
        wait_timeout: u64,
        #[command(flatten)]
        more: RunMore,
        /// The service whose settings the one-off container takes
        #[arg(add = ArgValueCompleter::new(service_names))]
        service: String,
        /// The command and its arguments (the service's command when none)
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        command: Vec<String>,
    },
    /// Make the services' containers (and networks, volumes) without starting them
    #[command(after_help = "Examples:\n  berth create\n  berth create backend --force-recreate")]
    Create {
        /// Services to make containers for (with what they depend on); all when none are named
        #[arg(add = ArgValueCompleter::new(service_names))]
        services: Vec<String>,
        /// Build the images of services that have `build:` first
        #[arg(long)]
        build: bool,
        /// Make every container again, changed or not
        #[arg(long, conflicts_with = "no_recreate")]
        force_recreate: bool,
        /// Keep existing containers, even where the configuration changed
        #[arg(long)]
        no_recreate: bool,
        /// Remove containers of services no longer in the stack file
        #[arg(long)]
        remove_orphans: bool,
        /// Never build: an image that would be built is an error instead
        #[arg(long, conflicts_with = "build")]
        no_build: bool,
        /// Pull images first: `always`, `missing` (the default) or `never`, for every service
        #[arg(long, value_name = "POLICY")]
        pull: Option<PullWhen>,
        /// Answer yes to every question (berth's `create` asks none; accepted for compose's scripts)
        #[arg(short = 'y', long)]
        yes: bool,
        /// SERVICE=NUM: 0 leaves the service out (its container removed); more than 1 needs
        /// `--engine swarm` (repeatable)
        #[arg(long, value_name = "SERVICE=NUM", value_parser = berth::stack::scale::Scale::parse)]
        scale: Vec<berth::stack::scale::Scale>,
        /// Pull without progress lines
        #[arg(long)]
        quiet_pull: bool,
    },
    /// Show the containers' CPU, memory, network, disk and processes, live (as `docker stats`)
    #[command(after_help = "Examples:\n  berth stats\n  berth stats --no-stream --format json backend")]
    Stats {
        /// Services whose containers to show; all when none are named
        #[arg(add = ArgValueCompleter::new(service_names))]
        services: Vec<String>,
        /// Also stopped containers
        #[arg(short = 'a', long)]
        all: bool,
        /// One sample and exit
        #[arg(long)]
        no_stream: bool,
        /// Full container ids
        #[arg(long)]
        no_trunc: bool,
        /// `table` (default) or `json` (one object per container and line)
        #[arg(long, value_enum, default_value_t = Listing::Table)]
        format: Listing,
    },
    /// Follow the stack's container events (create, start, die …) until Ctrl-C
    #[command(after_help = "Examples:\n  berth events\n  berth events --json backend | jq .action")]
    Events {
        /// Only these services' events
        #[arg(add = ArgValueCompleter::new(service_names))]
        services: Vec<String>,
        /// One JSON object per event and line, as compose prints them
        #[arg(long)]
        json: bool,
        /// Also the events since this moment (10m, 2026-12-07T13:23:37Z or Unix seconds)
        #[arg(long, value_name = "WHEN")]
        since: Option<String>,
        /// Stop at this moment (as --since) instead of following until Ctrl-C
        #[arg(long, value_name = "WHEN")]
        until: Option<String>,
    },
    /// Show berth's version
    #[command(after_help = "Examples:\n  berth version\n  berth version --short\n  berth version --format json")]
    Version {
        /// `pretty` (default) or `json`
        #[arg(long, value_enum, default_value_t = VersionFormat::Pretty)]
        format: VersionFormat,
        /// Only the version number
        #[arg(long)]
        short: bool,
    },
    /// List the stacks berth brought up on this engine (running ones unless -a)
    #[command(after_help = "Examples:\n  berth ls\n  berth ls -a --format json")]
    Ls {
        /// Also stacks with no running container
        #[arg(short = 'a', long)]
        all: bool,
        /// Only the stacks' names
        #[arg(short = 'q', long)]
        quiet: bool,
        /// `table` (default) or `json`
        #[arg(long, value_enum, default_value_t = Listing::Table)]
        format: Listing,
        /// Only stacks whose name contains this: name=TEXT (repeatable: any of them)
        #[arg(long, value_name = "name=TEXT")]
        filter: Vec<String>,
    },
    /// List the stack's named volumes (those the named services use, when some are)
    #[command(after_help = "Examples:\n  berth volumes\n  berth volumes postgres --format json")]
    Volumes {
        /// Services whose volumes to list; all of the stack's when none are named
        #[arg(add = ArgValueCompleter::new(service_names))]
        services: Vec<String>,
        /// Only the volumes' names
        #[arg(short = 'q', long)]
        quiet: bool,
        /// `table` (default) or `json` (one object per volume and line)
        #[arg(long, value_enum, default_value_t = Listing::Table)]
        format: Listing,
    },
    /// Push the services' images to the registries their `image:` names
    #[command(after_help = "Examples:\n  berth push\n  berth push backend --include-deps")]
    Push {
        /// Services whose images to push; every one with `image:` when none are named
        #[arg(add = ArgValueCompleter::new(service_names))]
        services: Vec<String>,
        /// Say which images failed to push, and exit 0 all the same
        #[arg(long)]
        ignore_push_failures: bool,
        /// Also push the images of the services the named ones depend on
        #[arg(long)]
        include_deps: bool,
        /// Print nothing but failures
        #[arg(short = 'q', long)]
        quiet: bool,
    },
    /// Set how many containers services run (SERVICE=N), bringing them up as `up -d --scale`
    #[command(after_help = "Examples:\n  berth scale worker=0\n  berth --engine swarm scale backend=3")]
    Scale {
        /// SERVICE=NUM: 0 removes the service's container; more than 1 needs `--engine swarm`
        #[arg(value_name = "SERVICE=NUM", required = true, value_parser = berth::stack::scale::Scale::parse)]
        scales: Vec<berth::stack::scale::Scale>,
        /// Only the services named, not what they depend on
        #[arg(long)]
        no_deps: bool,
    },
    /// Join this terminal to a service's running container: its output, and your input
    #[command(after_help = "Examples:\n  berth attach backend\n  berth attach --no-stdin worker")]
    Attach {
        /// The service whose running container to attach to
        #[arg(add = ArgValueCompleter::new(service_names))]
        service: String,
        /// Keys that leave the container running (the engine's ctrl-p,ctrl-q unless given)
        #[arg(long, value_name = "KEYS")]
        detach_keys: Option<String>,
        /// Only follow the output; send no input
        #[arg(long)]
        no_stdin: bool,
        /// Signals to berth go to the container's process (the default); `--sig-proxy=false` not
        #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", require_equals = true, default_value_t = true, action = clap::ArgAction::Set)]
        sig_proxy: bool,
        /// Which of the service's containers (berth runs one per service: 1)
        #[arg(long, value_name = "N")]
        index: Option<u32>,
    },
    /// Make an image of a service container's changes
    #[command(
        after_help = "Examples:\n  berth commit postgres seeded-db:today\n  berth commit -c 'CMD [\"serve\"]' backend"
    )]
    Commit {
        /// The service whose container to commit
        #[arg(add = ArgValueCompleter::new(service_names))]
        service: String,
        /// REPOSITORY[:TAG] of the new image (nameless when not given)
        reference: Option<String>,
        /// Author of the image
        #[arg(short = 'a', long)]
        author: Option<String>,
        /// Commit message
        #[arg(short = 'm', long)]
        message: Option<String>,
        /// A Dockerfile instruction applied to the image (repeatable)
        #[arg(short = 'c', long = "change", value_name = "INSTRUCTION")]
        changes: Vec<String>,
        /// Pause the container while committing (the default); `--pause=false` does not
        #[arg(short = 'p', long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", require_equals = true, default_value_t = true, action = clap::ArgAction::Set)]
        pause: bool,
        /// Which of the service's containers (berth runs one per service: 1)
        #[arg(long, value_name = "N")]
        index: Option<u32>,
    },
    /// Write a service container's filesystem as a tar archive
    #[command(after_help = "Examples:\n  berth export backend -o backend.tar\n  berth export postgres | tar t")]
    Export {
        /// The service whose container to export
        #[arg(add = ArgValueCompleter::new(service_names))]
        service: String,
        /// Write to this file instead of stdout
        #[arg(short = 'o', long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Which of the service's containers (berth runs one per service: 1)
        #[arg(long, value_name = "N")]
        index: Option<u32>,
    },
    /// List the images the stack's containers run
    #[command(after_help = "Examples:\n  berth images\n  berth images backend --format json")]
    Images {
        /// Services whose images to list; all when none are named
        #[arg(add = ArgValueCompleter::new(service_names))]
        services: Vec<String>,
        /// Only the images' ids
        #[arg(short = 'q', long)]
        quiet: bool,
        /// `table` (default) or `json`
        #[arg(long, value_enum, default_value_t = Listing::Table)]
        format: Listing,
    },
    /// Show the processes running in the services' containers
    #[command(after_help = "Examples:\n  berth top\n  berth top backend")]
    Top {
        /// Services whose processes to list; all when none are named
        #[arg(add = ArgValueCompleter::new(service_names))]
        services: Vec<String>,
    },
    /// Wait until the services' running containers stop; exit with the last one's code
    #[command(after_help = "Examples:\n  berth wait migrate\n  berth wait tests --down-project")]
    Wait {
        /// Services whose running containers to wait for
        #[arg(required = true, add = ArgValueCompleter::new(service_names))]
        services: Vec<String>,
        /// Then take the whole stack down (as `berth down`)
        #[arg(long)]
        down_project: bool,
    },
    /// Copy files between a service's container and this machine (SERVICE:PATH on one side)
    #[command(
        after_help = "Examples:\n  berth cp backend:/app/medusa-config.ts .\n  berth cp ./seed.sql postgres:/tmp/seed.sql"
    )]
    Cp {
        /// SERVICE:PATH or a local path
        source: String,
        /// SERVICE:PATH or a local path
        destination: String,
        #[command(flatten)]
        options: CpArgs,
    },
    /// Run a command in a service's running container (a terminal when stdin is one)
    #[command(
        after_help = "Examples:\n  berth exec postgres psql -U medusa_user medusa_db\n  berth exec -T redis redis-cli PING\n  echo 'SELECT 1' | berth exec -T postgres psql -U medusa_user medusa_db"
    )]
    Exec {
        /// No pseudo-terminal, even on a terminal (for pipes and scripts)
        #[arg(short = 'T', long = "no-tty")]
        no_tty: bool,
        /// Start the command in the background and return at once
        #[arg(short = 'd', long)]
        detach: bool,
        /// Give the command extended privileges
        #[arg(long)]
        privileged: bool,
        /// Run as this user (NAME or UID[:GID])
        #[arg(short = 'u', long)]
        user: Option<String>,
        /// Run in this folder of the container
        #[arg(short = 'w', long)]
        workdir: Option<String>,
        /// Set a variable for the command (KEY=VALUE, repeatable)
        #[arg(short = 'e', long = "env")]
        env: Vec<String>,
        /// Which of the service's containers (berth runs one per service: 1)
        #[arg(long, value_name = "N")]
        index: Option<u32>,
        /// The service whose running container runs the command
        #[arg(add = ArgValueCompleter::new(service_names))]
        service: String,
        /// The command and its arguments
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        command: Vec<String>,
    },
    /// Print the host-side variables of the running stack (AWS_ENDPOINT_URL, DATABASE_URL, REDIS_URL, each service's URL)
    #[command(
        after_help = "Secret values (passwords, tokens) are real when the output goes to a program — a pipe, a file,\n`$(…)` — so the settings work; on a terminal, where a person reads them, they show as ••••.\n\nExamples:\n  eval \"$(berth env --format shell)\"\n  berth env --format dotenv > .env.local\n  berth env backend --format json"
    )]
    Env {
        /// Only these services' variables (all when none are named)
        services: Vec<String>,
        /// `dotenv` (default), `shell` (export lines) or `json`
        #[arg(long, value_enum, default_value_t = EnvFormat::Dotenv)]
        format: EnvFormat,
        /// Print secret values on a terminal too, instead of ••••
        #[arg(long, conflicts_with = "mask")]
        show_secrets: bool,
        /// Print •••• for secret values even to a pipe or file (to paste the settings into a ticket)
        #[arg(long)]
        mask: bool,
    },
    /// Open the best shell the service's container has (bash, zsh, ash or sh)
    #[command(after_help = "Examples:\n  berth shell backend")]
    Shell {
        /// The service whose container to open a shell in
        #[arg(add = ArgValueCompleter::new(service_names))]
        service: String,
    },
    /// Print the script that completes berth's commands, options and service names in a shell
    #[command(
        after_help = "Examples:\n  source <(berth completions bash)     # in ~/.bashrc\n  berth completions zsh > ~/.zfunc/_berth\n  berth completions fish > ~/.config/fish/completions/berth.fish"
    )]
    Completions {
        /// The shell to complete for: bash, zsh or fish
        #[arg(value_enum)]
        shell: CompletionShell,
    },
    /// Print berth's man page (roff), or write one page per command into a folder
    #[command(
        after_help = "Examples:\n  berth man | man -l -\n  berth man --out /usr/local/share/man/man1\n  berth man --markdown > REFERENCE.md"
    )]
    Man {
        /// Write berth.1 and berth-COMMAND.1 here instead of printing berth.1
        #[arg(long, conflicts_with = "markdown")]
        out: Option<PathBuf>,
        /// Print the command reference as Markdown instead (docs/REFERENCE.md)
        #[arg(long)]
        markdown: bool,
    },
    /// Restart services (every one with a container when none are named) and wait for their probes again
    #[command(after_help = "Examples:\n  berth restart backend\n  berth restart")]
    Restart {
        /// Services to restart; every one with a container when none are named
        #[arg(add = ArgValueCompleter::new(service_names))]
        services: Vec<String>,
        /// Seconds each container gets to stop before it is killed
        #[arg(short = 't', long = "timeout", value_name = "SECS")]
        timeout: Option<u32>,
        /// Only the named services (compose's flag; restarting never reaches dependants)
        #[arg(long)]
        no_deps: bool,
    },
    /// Check the stack file(s) and print the resolved stack, as compose's `config` does
    #[command(
        alias = "validate",
        after_help = "Examples:\n  berth config\n  berth config --format json | jq .services\n  berth -f compose.yaml -f compose.dev.yaml config --services"
    )]
    Config {
        /// `yaml` (default) or `json`, shaped like `docker compose config`
        #[arg(long)]
        format: Option<ConfigFormat>,
        /// Only the names of the enabled services, one per line
        #[arg(long)]
        services: bool,
        /// Only the profiles the file declares, one per line
        #[arg(long)]
        profiles: bool,
        /// Only the images of the enabled services, one per line
        #[arg(long)]
        images: bool,
        /// Only the names of the volumes the services use, one per line
        #[arg(long)]
        volumes: bool,
        /// Only the names of the networks the services use, one per line
        #[arg(long)]
        networks: bool,
        /// Write the resolved stack to this file instead of printing it
        #[arg(short = 'o', long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Only check: print nothing, exit 0 when the stack is valid
        #[arg(short = 'q', long)]
        quiet: bool,
        /// berth's own summary of the resolved stack (probes, seed, start order)
        #[arg(long)]
        summary: bool,
        #[command(flatten)]
        more: ConfigMore,
    },
}

/// `config`'s other views, as compose's, and the forms berth does not print.
#[derive(Args, Clone, Default)]
pub struct ConfigMore {
    /// The variables the files use: whether required, default and alternate values (with
    /// --format json, one object per variable); unset required ones are listed, not errors
    #[arg(long)]
    pub variables: bool,
    /// The variables interpolation reads (the environment and the env files), KEY=VALUE
    #[arg(long)]
    pub environment: bool,
    /// Each named service (`*` for all) with the hash of its container configuration
    #[arg(long, value_name = "SERVICES")]
    pub hash: Option<String>,
    /// Only the names of the models the files declare, one per line
    #[arg(long)]
    pub models: bool,
    /// Refused: berth prints the stack interpolated
    #[arg(long)]
    pub no_interpolate: bool,
    /// Refused: berth prints the stack normalised
    #[arg(long)]
    pub no_normalize: bool,
    /// Refused: berth prints paths resolved
    #[arg(long)]
    pub no_path_resolution: bool,
    /// Refused: berth checks the stack's consistency
    #[arg(long)]
    pub no_consistency: bool,
    /// Refused: berth prints env files resolved into `environment`
    #[arg(long)]
    pub no_env_resolution: bool,
    /// Refused: berth does not ask registries for digests
    #[arg(long)]
    pub resolve_image_digests: bool,
    /// Refused: berth does not ask registries for digests
    #[arg(long)]
    pub lock_image_digests: bool,
}

impl ConfigMore {
    /// The first flag asking for a form berth does not print.
    pub fn refused(&self) -> Option<&'static str> {
        [
            (self.no_interpolate, "--no-interpolate"),
            (self.no_normalize, "--no-normalize"),
            (self.no_path_resolution, "--no-path-resolution"),
            (self.no_consistency, "--no-consistency"),
            (self.no_env_resolution, "--no-env-resolution"),
            (self.resolve_image_digests, "--resolve-image-digests"),
            (self.lock_image_digests, "--lock-image-digests"),
        ]
        .into_iter()
        .find_map(|(asked, flag)| asked.then_some(flag))
    }
}

/// `pull`'s options, as compose's.
#[derive(Args, Clone, Default)]
pub struct PullArgs {
    /// Print nothing but failures
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Say which images failed to pull, and exit 0 all the same
    #[arg(long)]
    pub ignore_pull_failures: bool,
    /// Also pull the images of the services the named ones depend on
    #[arg(long)]
    pub include_deps: bool,
    /// Leave out named services that have `build:`
    #[arg(long)]
    pub ignore_buildable: bool,
    /// `missing`: pull only the images the engine lacks; `always` (the default): every one
    #[arg(long, value_name = "POLICY")]
    pub policy: Option<PullPolicyChoice>,
}

/// `pull --policy`, as compose's.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum PullPolicyChoice {
    /// Pull only images the engine lacks
    Missing,
    /// Pull every image, present or not
    Always,
}

/// `up`'s options for its attached output, as compose's.
#[derive(Args, Clone, Default)]
pub struct UpMore {
    /// Attached: stop every container as soon as one fails (exits with a code other than 0),
    /// and exit with that code
    #[arg(long, conflicts_with_all = ["detach", "wait", "watch", "abort_on_container_exit"])]
    pub abort_on_container_failure: bool,
    /// Attached: the service names without colour
    #[arg(long)]
    pub no_color: bool,
    /// Attached: each line without its service's name
    #[arg(long)]
    pub no_log_prefix: bool,
    /// Attached: each line with its timestamp
    #[arg(long)]
    pub timestamps: bool,
    /// Answer yes to every question (berth's `up` asks none; accepted for compose's scripts)
    #[arg(short = 'y', long)]
    pub yes: bool,
    /// SERVICE=NUM: 0 leaves the service out (its container removed); more than 1 needs
    /// `--engine swarm` (one container per service on one engine) (repeatable)
    #[arg(long, value_name = "SERVICE=NUM", value_parser = berth::stack::scale::Scale::parse)]
    pub scale: Vec<berth::stack::scale::Scale>,
    /// With --force-recreate, make the dependencies again too, not only the named services
    #[arg(long, conflicts_with = "no_recreate")]
    pub always_recreate_deps: bool,
    /// Attached: follow the dependencies' output too, not only the named services'
    #[arg(long, conflicts_with_all = ["detach", "wait"])]
    pub attach_dependencies: bool,
    /// Pull without progress lines
    #[arg(long)]
    pub quiet_pull: bool,
    /// Build without the build's output
    #[arg(long)]
    pub quiet_build: bool,
    /// On a terminal, the interactive terminal UI (the default); `--menu=false` follows the
    /// output plain instead (also COMPOSE_MENU)
    #[arg(long, value_name = "BOOL", num_args = 0..=1, default_missing_value = "true", require_equals = true)]
    pub menu: Option<bool>,
}

/// `build`'s options, as compose's.
#[derive(Args, Clone, Default)]
pub struct BuildArgs {
    /// Build every step again instead of reusing the build cache
    #[arg(long)]
    pub no_cache: bool,
    /// Set a build argument for every service built (KEY=VALUE, or KEY for berth's own
    /// variable; repeatable; over the file's `args`)
    #[arg(long, value_name = "KEY=VALUE")]
    pub build_arg: Vec<String>,
    /// Print nothing but failures
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Pull the base images again, even when the engine has them
    #[arg(long)]
    pub pull: bool,
    /// Push each built image to the registry its `image:` names
    #[arg(long)]
    pub push: bool,
    /// Also build what the named services depend on
    #[arg(long)]
    pub with_dependencies: bool,
    /// Memory limit of the build (512m, 2g; the classic builder's, BuildKit ignores it as in compose)
    #[arg(short = 'm', long, value_name = "BYTES")]
    pub memory: Option<String>,
    /// Print the build definition (compose's bake JSON) and build nothing
    #[arg(long)]
    pub print: bool,
    /// Refused: berth does not run BuildKit's checks without building
    #[arg(long)]
    pub check: bool,
    /// Refused: the engine's own builder makes no attestations
    #[arg(long, value_name = "VALUE")]
    pub provenance: Option<String>,
    /// Refused: the engine's own builder makes no attestations
    #[arg(long, value_name = "VALUE")]
    pub sbom: Option<String>,
    /// Refused: berth forwards no SSH agent into builds (use a build secret)
    #[arg(long, value_name = "SPEC")]
    pub ssh: Vec<String>,
    /// Only `default`: berth builds with the engine's own BuildKit
    #[arg(long, value_name = "NAME")]
    pub builder: Option<String>,
}

/// `cp`'s options, as compose's.
#[derive(Args, Clone, Default)]
pub struct CpArgs {
    /// Archive mode: into a container, the files keep their owners (compose's copy of uid/gid)
    #[arg(short = 'a', long)]
    pub archive: bool,
    /// Follow a symbolic link in the source and copy what it points to
    #[arg(short = 'L', long)]
    pub follow_link: bool,
    /// Also the containers `run` made, when the service has none of its own
    #[arg(long)]
    pub all: bool,
    /// Which of the service's containers (berth runs one per service: 1)
    #[arg(long, value_name = "N")]
    pub index: Option<u32>,
}

/// `--index N` of `exec`, `logs`, `port`, `cp`: berth runs one container per service, so
/// only the first (1; compose also takes 0 for the default) exists; another is compose's error.
pub fn one_container(index: Option<u32>, service: &str) -> Result<(), String> {
    match index {
        None | Some(0) | Some(1) => Ok(()),
        Some(n) => Err(format!("service \"{service}\" is not running container #{n}")),
    }
}

/// `run`'s less common options, as compose's.
#[derive(Args, Clone, Default)]
pub struct RunMore {
    /// Bind mount a host path or a volume: SOURCE:TARGET[:ro] (repeatable; relative sources
    /// from the project's folder)
    #[arg(short = 'v', long = "volume", value_name = "SOURCE:TARGET[:MODE]")]
    pub volume: Vec<String>,
    /// Add a Linux capability (repeatable)
    #[arg(long, value_name = "CAP")]
    pub cap_add: Vec<String>,
    /// Drop a Linux capability (repeatable)
    #[arg(long, value_name = "CAP")]
    pub cap_drop: Vec<String>,
    /// Read variables from this KEY=VALUE file (repeatable; -e wins)
    #[arg(long, value_name = "FILE")]
    pub env_from_file: Vec<PathBuf>,
    /// Also known on the networks by the service's name and aliases
    #[arg(long)]
    pub use_aliases: bool,
    /// Build the service's image first
    #[arg(long)]
    pub build: bool,
    /// Pull the image first: `always`, `missing` (the default) or `never`
    #[arg(long, value_name = "POLICY")]
    pub pull: Option<PullWhen>,
    /// Remove containers of services no longer in the stack file while bringing up dependencies
    #[arg(long)]
    pub remove_orphans: bool,
    /// Print nothing but the command's own output (berth prints no pull progress in `run` anyway)
    #[arg(short = 'q', long)]
    pub quiet: bool,
    /// Pull without progress (berth prints none in `run`)
    #[arg(long)]
    pub quiet_pull: bool,
    /// Build without progress (berth prints none in `run`)
    #[arg(long)]
    pub quiet_build: bool,
}

/// What runs the stack (`--engine`).
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum EngineChoice {
    /// Containers on one Docker engine
    Containers,
    /// Services on the Swarm the engine manages
    Swarm,
}

impl EngineChoice {
    /// The name the loader reads from BERTH_ENGINE.
    pub fn name(self) -> &'static str {
        match self {
            EngineChoice::Containers => "containers",
            EngineChoice::Swarm => "swarm",
        }
    }
}

/// `up --pull`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum PullWhen {
    /// Pull every image, present or not
    Always,
    /// Pull only images the engine lacks
    Missing,
    /// Never pull: a missing image is an error
    Never,
}

impl PullWhen {
    /// The policy the engine applies.
    pub fn policy(self) -> berth::stack::runtime::PullPolicy {
        use berth::stack::runtime::PullPolicy;
        match self {
            PullWhen::Always => PullPolicy::Always,
            PullWhen::Missing => PullPolicy::Missing,
            PullWhen::Never => PullPolicy::Never,
        }
    }
}

/// `down --rmi`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum Rmi {
    /// The images berth builds for services with no `image:` name
    Local,
    /// Every image the services use
    All,
}

/// A listing's shape: a table for people, JSON for programs.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum Listing {
    Table,
    Json,
}

/// `version --format`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum VersionFormat {
    Pretty,
    Json,
}

/// `env --format`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum EnvFormat {
    /// KEY=value lines, for .env files
    Dotenv,
    /// `export KEY='value'` lines, for eval
    Shell,
    /// One JSON object
    Json,
}

/// `config --format`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum ConfigFormat {
    Yaml,
    Json,
}

/// The shells `completions` writes for.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub enum CompletionShell {
    Bash,
    Zsh,
    Fish,
}

/// The options of berth itself, which go before the command as in compose (after it, `-f`
/// follows logs or forces `rm`, and `-p` publishes a port of `run`).
const ROOT_ONLY: &[&str] = &["-f", "--file", "-p", "--project-name"];

/// A friendlier word than clap's for a stack option written after the command: where it goes.
pub fn misplaced_root_option(error: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if error.kind() != ErrorKind::UnknownArgument {
        return None;
    }
    let Some(ContextValue::String(word)) = error.get(ContextKind::InvalidArg) else { return None };
    let flag = word.split('=').next().unwrap_or(word);
    ROOT_ONLY.contains(&flag).then(|| {
        let example = if flag.contains('f') { "berth -f FILE up" } else { "berth -p NAME up" };
        format!("'{word}' is an option of berth itself and goes before the command, as in compose: {example}")
    })
}

/// `--tail N` or `--tail all`.
#[derive(Clone, Copy)]
pub enum Tail {
    All,
    Lines(usize),
}

fn parse_tail(text: &str) -> Result<Tail, String> {
    match text {
        "all" => Ok(Tail::All),
        n => n.parse().map(Tail::Lines).map_err(|_| format!("'{n}' is not a number of lines (or `all`)")),
    }
}

/// Completes a service name from the stack found as `berth` would find it here (`-f` on the
/// line being completed is not seen: the shell hands over only the word).
fn service_names(current: &std::ffi::OsStr) -> Vec<CompletionCandidate> {
    let current = current.to_string_lossy();
    let options = LoadOptions {
        files: StackArgs::default().files(),
        process_env: std::env::vars().collect(),
        ..LoadOptions::default()
    };
    let Ok(loaded) = stack::load(&options) else { return Vec::new() };
    loaded
        .with_disabled()
        .services
        .iter()
        .filter(|s| s.name.starts_with(current.as_ref()))
        .map(|s| CompletionCandidate::new(s.name.clone()))
        .collect()
}

/// The stack `berth up` brings up in the repository when no compose file is found.
pub const DEFAULT_STACK: &str = "stacks/ysh-b2b.yaml";

impl StackArgs {
    /// The stack's files: `-f`, else `COMPOSE_FILE`, else the compose file here (with its
    /// override), else berth's default stack here, else a compose file in a parent folder.
    pub fn files(&self) -> Vec<PathBuf> {
        let args = self;
        if !args.file.is_empty() {
            return args.file.clone();
        }
        // As compose: COMPOSE_FILE from the environment, else from the env files of this folder;
        // the files are looked for in --project-directory when it is given, else here.
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        let here = args.project_directory.as_ref().map_or_else(|| cwd.clone(), |dir| cwd.join(dir));
        let process_env: Vec<(String, String)> = std::env::vars().collect();
        let setting = |name: &str| stack::load::compose_setting(name, &args.env_file, &process_env, &here);
        if let Some(value) = setting("COMPOSE_FILE").filter(|v| !v.is_empty()) {
            return stack::discover::from_compose_file(&value, setting("COMPOSE_PATH_SEPARATOR").as_deref());
        }
        if let Some(files) = stack::discover::in_folder(&here) {
            return files;
        }
        if args.project_directory.is_none() && Path::new(DEFAULT_STACK).is_file() {
            return vec![PathBuf::from(DEFAULT_STACK)];
        }
        stack::discover::upward(&here).unwrap_or_else(|| vec![PathBuf::from(DEFAULT_STACK)])
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    fn parse(line: &str) -> Result<super::Cli, clap::Error> {
        super::Cli::try_parse_from(line.split(' '))
    }

    #[test]
    fn the_stack_options_go_before_the_command_and_say_so_after_it() {
        let cli = parse("berth -f a.yml -p demo logs -f backend").expect("parsed");
        assert_eq!(cli.stack.file, [std::path::PathBuf::from("a.yml")]);
        assert_eq!(cli.stack.project_name.as_deref(), Some("demo"));
        assert!(matches!(cli.command, super::Command::Logs { ref options } if options.follow));
        let cli = parse("berth run -p 8080:80 --rm web").expect("parsed");
        assert!(matches!(cli.command, super::Command::Run { ref publish, .. } if publish == &["8080:80"]));
        for line in ["berth up -f a.yml", "berth up --file=a.yml", "berth ps -p demo", "berth config --project-name x"]
        {
            let err = parse(line).err().unwrap_or_else(|| panic!("{line} was accepted"));
            let said = super::misplaced_root_option(&err).unwrap_or_else(|| panic!("{line}: {err}"));
            assert!(said.contains("goes before the command"), "{said}");
        }
        // The long shared options work on either side of the command.
        let cli = parse("berth up --profile dev --engine swarm --dry-run").expect("parsed");
        assert_eq!(cli.stack.profile, ["dev"]);
        assert_eq!(cli.stack.engine, Some(super::EngineChoice::Swarm));
        assert!(cli.stack.dry_run);
    }

    #[test]
    fn typed_values_refuse_what_they_do_not_know_and_list_what_they_do() {
        let err = parse("berth --ansi sometimes status").err().expect("refused");
        assert_eq!(err.kind(), clap::error::ErrorKind::InvalidValue);
        assert!(err.to_string().contains("never") && err.to_string().contains("always"), "{err}");
        let cli = parse("berth --progress json status").expect("compose's json is plain lines");
        assert_eq!(cli.stack.progress, Some(super::Progress::Plain));
        assert!(parse("berth env --format yaml").is_err());
    }

    #[test]
    fn a_command_help_lists_its_own_options_apart_from_the_global_ones() {
        use clap::CommandFactory;
        let mut top = super::Cli::command();
        top.build();
        let help = top.find_subcommand_mut("logs").expect("logs").render_help().to_string();
        let (own, global) = help.split_once("Global options:").expect("a Global options heading");
        assert!(own.contains("--follow") && !own.contains("--profile"), "{help}");
        assert!(global.contains("--profile") && !global.contains("-f, --file"), "{help}");
    }

    #[test]
    fn every_argument_of_every_command_says_what_it_is() {
        use clap::CommandFactory;
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
                let id = arg.get_id().as_str();
                if matches!(id, "help" | "version") {
                    continue;
                }
                if arg.get_help().is_none() && arg.get_long_help().is_none() {
                    missing.push(format!("{path} {id}"));
                }
            }
            for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                if sub.get_about().is_none() {
                    missing.push(format!("{path} {} (the command itself)", sub.get_name()));
                }
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&super::Cli::command(), "berth", &mut missing);
        assert!(missing.is_empty(), "arguments without a description:\n{}", missing.join("\n"));
        let top = super::Cli::command().render_long_help().to_string();
        assert!(top.contains("Examples:") && top.contains("berth up --wait"), "{top}");
    }

    #[test]
    fn flags_that_contradict_each_other_are_refused_by_the_parser() {
        for line in [
            "berth status --json --format table",
            "berth up --detach --watch",
            "berth up --force-recreate --no-recreate",
            "berth up -d --abort-on-container-exit",
            "berth up --build --no-build",
            "berth env --show-secrets --mask",
        ] {
            let words = line.split(' ');
            let err = super::Cli::try_parse_from(words).err().unwrap_or_else(|| panic!("{line} was accepted"));
            assert_eq!(err.kind(), clap::error::ErrorKind::ArgumentConflict, "{line}: {err}");
        }
    }
}

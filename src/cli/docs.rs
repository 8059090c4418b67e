//! berth describing itself: shell completions (service names included, from the stack at
//! hand) and man pages, both from the argument definitions.

use std::path::Path;

use clap::CommandFactory;
use clap_complete::env::EnvCompleter;

use super::args::{Cli, CompletionShell};
use super::error::{CliError, CmdResult};

/// The registration script of `shell`: it asks `COMPLETE=<shell> berth` for each completion.
pub fn completions(shell: CompletionShell) -> CmdResult {
    let completer: &dyn EnvCompleter = match shell {
        CompletionShell::Zsh => &clap_complete::env::Zsh,
        CompletionShell::Fish => &clap_complete::env::Fish,
        CompletionShell::Bash => &clap_complete::env::Bash,
    };
    let mut out = std::io::stdout();
    match completer.write_registration("COMPLETE", "berth", "berth", "berth", &mut out) {
        // `berth completions bash | head` closes the pipe early: not berth's failure.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            Err(CliError::Failed(format!("cannot write the completion script: {e}")))
        }
        _ => Ok(()),
    }
}

/// berth(1) on stdout, or one page per command into `out`.
pub fn man(out: Option<&Path>) -> CmdResult {
    let cmd = Cli::command();
    let failed = |e: std::io::Error| CliError::Failed(format!("cannot write the man page: {e}"));
    let Some(dir) = out else {
        return clap_mangen::Man::new(cmd).render(&mut std::io::stdout()).map_err(failed);
    };
    std::fs::create_dir_all(dir).map_err(failed)?;
    let mut pages = vec![("berth.1".to_string(), cmd.clone())];
    for sub in cmd.get_subcommands() {
        let name = format!("berth-{}", sub.get_name());
        // A page's title is its command's name; the program ends right after.
        let title: &'static str = Box::leak(name.clone().into_boxed_str());
        let page = sub.clone().name(title);
        pages.push((format!("{name}.1"), page));
    }
    for (file, page) in pages {
        let mut text = Vec::new();
        clap_mangen::Man::new(page).render(&mut text).map_err(failed)?;
        std::fs::write(dir.join(&file), text).map_err(failed)?;
    }
    println!("man pages written to {}", dir.display());
    Ok(())
}

/// docs/REFERENCE.md: every command, its usage and each option's help, from the argument
/// definitions themselves, so the manual cannot drift from the binary (a test compares).
pub fn reference() -> String {
    let mut top = Cli::command();
    top.build();
    let mut out = String::from(
        "# Command reference\n\n<!-- Generated from berth's argument definitions; do not edit by hand. \
         Regenerate: BERTH_BLESS_DOCS=1 cargo test --bin berth reference -->\n\n\
         The guide to what each command does is [COMMANDS.md](COMMANDS.md); this page lists \
         every command and option exactly as `berth --help` knows them.\n\n",
    );
    out.push_str("## berth\n\n");
    section(&mut out, &top, "berth", true);
    for sub in top.get_subcommands().filter(|s| s.get_name() != "help") {
        section_tree(&mut out, sub, "berth");
    }
    out
}

fn section_tree(out: &mut String, cmd: &clap::Command, parent: &str) {
    let path = format!("{parent} {}", cmd.get_name());
    out.push_str(&format!("## {path}\n\n"));
    section(out, cmd, &path, false);
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        section_tree(out, sub, &path);
    }
}

/// One command: what it does, its usage, and its own options (the global ones once, on
/// berth's own section).
fn section(out: &mut String, cmd: &clap::Command, path: &str, with_globals: bool) {
    if let Some(about) = cmd.get_about() {
        out.push_str(&format!("{about}\n\n"));
    }
    let mut usage = cmd.clone().bin_name(path.to_string());
    out.push_str(&format!("```\n{}\n```\n\n", usage.render_usage().to_string().trim_start_matches("Usage: ")));
    let shown: Vec<&clap::Arg> = cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set() && !matches!(a.get_id().as_str(), "help" | "version"))
        .filter(|a| with_globals || !a.is_global_set())
        .collect();
    for arg in shown {
        let mut names = Vec::new();
        if let Some(short) = arg.get_short() {
            names.push(format!("-{short}"));
        }
        if let Some(long) = arg.get_long() {
            names.push(format!("--{long}"));
        }
        let value =
            arg.get_value_names().map(|v| v.join(" ")).unwrap_or_else(|| arg.get_id().to_string().to_uppercase());
        let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values());
        let written = match (names.is_empty(), takes_value) {
            (true, _) => format!("`{value}`"),
            (false, true) => format!("`{} {value}`", names.join(", ")),
            (false, false) => format!("`{}`", names.join(", ")),
        };
        let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default().replace('\n', " ");
        let choices: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| format!("`{}`", v.get_name()))
            .collect();
        let choices = if choices.is_empty() { String::new() } else { format!(" (one of {})", choices.join(", ")) };
        let defaults: Vec<String> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
        let choices = match defaults.as_slice() {
            [] => choices,
            given if takes_value => format!("{choices} (default: `{}`)", given.join(" ")),
            _ => choices,
        };
        let global = if arg.is_global_set() { " — global: before or after any command" } else { "" };
        out.push_str(&format!("- {written}: {help}{choices}{global}\n"));
    }
    if let Some(after) = cmd.get_after_help() {
        out.push_str(&format!("\n{}\n", indent_examples(&after.to_string())));
    }
    out.push('\n');
}

/// The `Examples:` block of a command's help as a code block; the prose before it as prose.
fn indent_examples(after: &str) -> String {
    match after.split_once("Examples:\n") {
        Some((prose, examples)) => {
            let prose = prose.trim();
            let lead = if prose.is_empty() { String::new() } else { format!("{}\n\n", prose.replace('\n', " ")) };
            let body: Vec<&str> = examples.lines().map(str::trim_start).collect();
            format!("{lead}Examples:\n\n```\n{}\n```\n", body.join("\n").trim_end())
        }
        None => after.replace('\n', " "),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_reference_in_docs_is_current() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/REFERENCE.md");
        let fresh = super::reference();
        if std::env::var_os("BERTH_BLESS_DOCS").is_some() {
            std::fs::write(&path, &fresh).expect("write docs/REFERENCE.md");
        }
        let written = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            written == fresh,
            "docs/REFERENCE.md is not what the argument definitions say: regenerate it with\n  BERTH_BLESS_DOCS=1 cargo test --bin berth reference"
        );
        // Every command is in it, with every option of its own.
        for sub in ["up", "run", "ps", "snapshot restore", "config"] {
            assert!(fresh.contains(&format!("## berth {sub}\n")), "{sub} missing");
        }
        assert!(
            fresh.contains("`--exit-code-from SERVICE`") && fresh.contains("`-p, --project-name"),
            "options missing"
        );
    }
}

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

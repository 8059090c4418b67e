#![forbid(unsafe_code)]

mod cli;

fn main() -> std::process::ExitCode {
    quiet_when_stdout_closes();
    cli::run()
}

/// `berth config | head -1`: the reader is gone. Rust ignores SIGPIPE, so the next print
/// panics instead; end as a program that SIGPIPE stops does (status 141, nothing on stderr),
/// as `cat` and the docker CLI do.
fn quiet_when_stdout_closes() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info.payload().downcast_ref::<String>().map(String::as_str).unwrap_or_default();
        if message.starts_with("failed printing to stdout") && message.contains("Broken pipe") {
            std::process::exit(141);
        }
        previous(info);
    }));
}

#![forbid(unsafe_code)]

mod cli;
mod cli_render;

fn main() -> std::process::ExitCode {
    cli::run()
}

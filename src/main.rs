#![forbid(unsafe_code)]

mod cli;
mod cli_render;
mod headless;

fn main() -> std::process::ExitCode {
    cli::run()
}

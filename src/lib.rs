//! berth: boot an AWS-shaped development stack from one stack file.
//!
//! `stack` is the pure model; `engine` makes it real on Docker; `probe`
//! decides readiness; the binary wires them to a command line.
#![forbid(unsafe_code)]

pub mod engine;
pub mod exec;
pub mod handover;
pub mod onboarding;
pub mod probe;
pub mod seed;
/// The pure model, its own crate (`crates/berth-stack`): Cargo keeps Docker and AWS out of it.
pub use berth_stack as stack;
pub mod tui;
pub mod up_lock;

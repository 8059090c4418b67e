//! The stack model: loading, interpolation and validation of stack files.
//! Pure: nothing here talks to Docker.

pub mod compose_json;
pub mod deploy;
pub mod diagnostic;
pub mod discover;
pub mod emulator;
pub mod envfile;
mod extends;
pub mod fields;
pub mod host_template;
pub mod interpolate;
pub mod lint;
pub mod load;
pub mod merge;
pub mod model;
mod probe_spec;
pub mod profiles;
pub mod reader;
pub mod runtime;
pub mod scalar;
pub mod scale;
pub mod validate;
pub mod variables;
pub mod yaml;

pub use diagnostic::{Diagnostic, Diagnostics, Pos};
pub use load::{load, load_str, LoadOptions, Loaded};
pub use model::*;
pub use validate::{start_order, start_waves};

#[cfg(test)]
mod tests;

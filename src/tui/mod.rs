//! The terminal UI: state and reducer (`app`), pure drawing (`view`), and the
//! one loop that owns the terminal (`run`).

pub mod ansi;
pub mod app;
pub mod log_buffer;
pub mod run;
pub mod view;

#[cfg(test)]
mod tests;

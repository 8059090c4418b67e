//! The terminal UI: state and reducer (`app`), pure drawing (`view`), the one loop that
//! owns the terminal (`run`), the tasks its commands start (`tasks`), and the test and
//! benchmark hooks (`instruments`).

pub mod ansi;
pub mod app;
mod instruments;
pub mod log_buffer;
pub mod run;
mod tasks;
pub mod view;

#[cfg(test)]
mod tests;

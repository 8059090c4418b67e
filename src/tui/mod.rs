//! The terminal UI: state and reducer (`app`), pure drawing (`view`), the one loop that
//! owns the terminal (`run`), the tasks its commands start (`tasks`), and the test and
//! benchmark hooks (`instruments`); `update` leaves keys to `keys` and the engine's
//! word to `rows`.

pub mod ansi;
pub mod app;
mod instruments;
mod keys;
pub mod log_buffer;
mod rows;
pub mod run;
mod tasks;
pub mod update;
pub mod view;

#[cfg(test)]
mod tests;

//! For a new hire's first day: `doctor` checks the machine and the stack,
//! `walkthrough` tours the platform step by step, verifying each one live.

pub mod doctor;
pub mod walkthrough;

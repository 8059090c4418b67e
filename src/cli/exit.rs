//! Exit codes shared by every command.

pub const OK: u8 = 0;
pub const FAILED: u8 = 1;
pub const USAGE: u8 = 2;
pub const TIMEOUT: u8 = 3;
pub const INTERRUPTED: u8 = 130;

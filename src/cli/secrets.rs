//! The one rule for secret values in berth's output: masked where a person reads them, real
//! where a program uses them.
//!
//! Masking protects a screen and a pasted ticket; a program handed `••••` fails, often far
//! from berth (a password refused minutes later). So output whose job is to be executed or
//! parsed (`env` in every format, `config`'s JSON) carries real values whenever it goes to a
//! program — stdout not a terminal — and is masked on a terminal. Text only ever read (logs,
//! the UI, progress, errors, `status`) is always masked. `--show-secrets` reveals on a
//! terminal; `--mask` masks a program's copy on purpose.

use std::io::IsTerminal;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reveal {
    /// Secret values printed as they are.
    Real,
    /// Secret values printed as `••••`.
    Masked,
}

impl Reveal {
    /// For output a program may consume: real unless it goes to a terminal (or `--mask`).
    pub fn for_program_output(show_secrets: bool, mask: bool) -> Reveal {
        Reveal::decide(show_secrets, mask, std::io::stdout().is_terminal())
    }

    fn decide(show_secrets: bool, mask: bool, to_terminal: bool) -> Reveal {
        if mask {
            Reveal::Masked
        } else if show_secrets || !to_terminal {
            Reveal::Real
        } else {
            Reveal::Masked
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn programs_get_real_values_people_get_masks_and_the_flags_decide_otherwise() {
        assert_eq!(Reveal::decide(false, false, false), Reveal::Real, "a pipe or a file");
        assert_eq!(Reveal::decide(false, false, true), Reveal::Masked, "a terminal");
        assert_eq!(Reveal::decide(true, false, true), Reveal::Real, "--show-secrets on a terminal");
        assert_eq!(Reveal::decide(false, true, false), Reveal::Masked, "--mask to a pipe");
    }
}

//! Compose interpolation of any text: a result, or an error whose offset is inside the text.
#![no_main]

use berth_stack::interpolate::{interpolate, Vars};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let vars = Vars::layered([vec![
        ("A".to_string(), "alpha".to_string()),
        ("EMPTY".to_string(), String::new()),
        ("NESTED".to_string(), "${A}".to_string()),
    ]]);
    match interpolate(text, &vars) {
        // Values are inserted once, never interpolated again: the output cannot grow without bound.
        Ok(out) => assert!(out.len() <= text.len() * 6 + 64, "{} bytes from {}", out.len(), text.len()),
        Err(e) => assert!(e.offset <= text.chars().count(), "offset {} beyond the text", e.offset),
    }
});

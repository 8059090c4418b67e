//! `.env` files: any text parses or fails at a line inside it.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(e) = berth_stack::envfile::parse(text) {
        assert!(e.pos.line >= 1 && e.pos.line <= text.lines().count().max(1), "{e:?}");
    }
});

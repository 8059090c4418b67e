//! Any text as a stack file: loading ends (no panic, no hang) in a stack or in errors that
//! each point at a line and column inside the text.
#![no_main]

use std::path::Path;

use berth_stack::interpolate::Vars;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let vars = Vars::layered([vec![
        ("TAG".to_string(), "1.2".to_string()),
        ("EMPTY".to_string(), String::new()),
        ("PORT".to_string(), "8080".to_string()),
    ]]);
    let file = Path::new("/fuzz/berth.yaml");
    if let Err(errors) = berth_stack::load_str(text, file, Path::new("/fuzz-nonexistent"), &vars) {
        assert!(!errors.0.is_empty(), "a rejection without a reason");
        // YAML breaks lines at \n, \r\n and a lone \r alike.
        let lines = text.replace("\r\n", "\n").replace('\r', "\n").lines().count().max(1) + 1;
        for e in &errors.0 {
            if e.file != file {
                continue; // an env_file named by the stack, with its own positions
            }
            assert!(e.pos.line >= 1 && e.pos.col >= 1, "no location: {e}");
            assert!(e.pos.line <= lines, "line {} beyond the text's {lines} lines: {e}", e.pos.line);
        }
    }
});

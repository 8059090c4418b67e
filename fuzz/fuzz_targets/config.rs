//! The whole `berth config` path on any text: load, validate, the start order, each
//! service's container settings and the facts seed files read. Ends without a panic,
//! within libFuzzer's time and memory limits (scripts/fuzz sets them low).
#![no_main]

use std::path::Path;

use berth::engine::container_spec::{container_spec, service_networks};
use berth::seed::sandbox::seed_vars;
use berth::stack::interpolate::Vars;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let vars = Vars::layered([vec![("TAG".to_string(), "1.2".to_string()), ("PORT".to_string(), "8080".to_string())]]);
    let file = Path::new("/fuzz/compose.yaml");
    let Ok(loaded) = berth::stack::load_str(text, file, Path::new("/fuzz-nonexistent"), &vars) else { return };
    let stack = &loaded.stack;
    let waves = berth::stack::start_waves(stack);
    assert_eq!(waves.iter().map(Vec::len).sum::<usize>(), stack.services.len(), "a service left out of the start order");
    for svc in &stack.services {
        let _ = service_networks(stack, svc);
        let _ = container_spec(stack, svc, "image:tag", "sha256:0");
    }
    let _ = seed_vars(stack, &vars);
});

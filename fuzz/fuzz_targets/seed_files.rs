//! The seed folder's YAML files: the first byte picks the file, the rest is its text.
//! Loading ends in a spec or in errors that each name a file of the folder and a line in it.
#![no_main]

use berth::seed::spec::{load, GeneratedValues};
use berth::stack::interpolate::Vars;
use libfuzzer_sys::fuzz_target;

const FILES: [&str; 4] = ["secrets.yaml", "sqs.yaml", "redis.yaml", "s3.yaml"];

struct Fixed;

impl GeneratedValues for Fixed {
    fn get_or_create(&mut self, _: &str, _: &str, length: usize) -> String {
        "g".repeat(length)
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let name = FILES[usize::from(pick) % FILES.len()];
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("s3/uploads")).expect("bucket folder");
    std::fs::write(dir.path().join("s3/uploads/a.txt"), "a").expect("object");
    std::fs::write(dir.path().join(name), text).expect("seed file");
    let vars = Vars::layered([vec![("A".to_string(), "alpha".to_string())]]);
    if let Err(errors) = load(dir.path(), &vars, &mut Fixed) {
        assert!(!errors.0.is_empty(), "a rejection without a reason");
        // YAML breaks lines at \n, \r\n and a lone \r alike.
        let lines = text.replace("\r\n", "\n").replace('\r', "\n").lines().count().max(1) + 1;
        for e in &errors.0 {
            assert!(e.file.starts_with(dir.path()), "an error about a file outside the folder: {e}");
            assert!(e.pos.line >= 1 && e.pos.col >= 1, "no location: {e}");
            if e.file == dir.path().join(name) {
                assert!(e.pos.line <= lines, "line {} beyond the text's {lines} lines: {e}", e.pos.line);
            }
        }
    }
});

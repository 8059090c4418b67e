//! The seed folder as data: buckets and objects, secrets, queues, SQL files
//! and Redis keys. Pure: reads files, talks to nothing. `files` reads safely inside the
//! folder, `reader` is the shared YAML reader naming the seed file at hand, `sections`
//! reads each fixture file.

mod files;
mod model;
mod reader;
mod sections;

use std::path::Path;

use crate::stack::interpolate::Vars;
use crate::stack::reader::NodeReader;
use crate::stack::{Diagnostic, Diagnostics, Pos};

pub use files::{file_md5, file_sha256, read_inside, ReadError};
pub use model::*;
use reader::Reader;
use sections::{buckets, queues, redis_keys, secrets, sql_files};

/// Loads the seed folder. `vars` resolves `${…}` in secret values and Redis values.
pub fn load(folder: &Path, vars: &Vars, generated: &mut dyn GeneratedValues) -> Result<SeedSpec, Diagnostics> {
    let mut r = Reader { folder, nodes: NodeReader::expanding(folder.to_path_buf(), vars) };
    if !folder.is_dir() {
        return Err(Diagnostics(vec![Diagnostic::new(folder, Pos::new(1, 1), "the seed folder does not exist")
            .with_hint("create it, or fix 'seed:' in the stack file")]));
    }
    let mut spec = SeedSpec { folder: folder.to_path_buf(), ..SeedSpec::default() };
    spec.buckets = buckets(&mut r);
    spec.secrets = secrets(&mut r, generated);
    spec.queues = queues(&mut r);
    spec.sql = sql_files(&mut r);
    spec.redis = redis_keys(&mut r);
    if r.nodes.errors.is_empty() {
        Ok(spec)
    } else {
        Err(Diagnostics::capped(std::mem::take(&mut r.nodes.errors)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Generated values for a parse: the parser's input, not a stand-in for a service.
    struct Fixed;

    impl GeneratedValues for Fixed {
        fn get_or_create(&mut self, _: &str, _: &str, length: usize) -> String {
            "g".repeat(length)
        }
    }

    fn load_folder(folder: &Path) -> Result<SeedSpec, Diagnostics> {
        load(folder, &Vars::default(), &mut Fixed)
    }

    fn write(folder: &Path, relative: &str, text: &str) {
        let path = folder.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    #[test]
    fn seed_files_that_are_not_utf8_are_refused_where_they_break() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("redis.yaml"), b"greeting:\n  string: h\xffi\n").unwrap();
        std::fs::create_dir_all(dir.path().join("postgres")).unwrap();
        std::fs::write(dir.path().join("postgres/001.sql"), b"SELECT 1;\nSELECT '\xfe';\n").unwrap();
        write(dir.path(), "secrets.yaml", "/app/key:\n  file: key.txt\n");
        std::fs::write(dir.path().join("key.txt"), b"\x80secret").unwrap();
        // Two names that differ only in bytes that are not UTF-8 would become one key.
        std::fs::create_dir_all(dir.path().join("s3/bucket-a")).unwrap();
        for name in [&b"a\xff.txt"[..], &b"a\xfe.txt"[..]] {
            std::fs::write(dir.path().join("s3/bucket-a").join(std::ffi::OsStr::from_bytes(name)), "x").unwrap();
        }
        write(dir.path(), "s3/bucket-a/back\\slash.txt", "x");
        write(dir.path(), &format!("s3/bucket-a/{}/{}", "d".repeat(200), "f".repeat(250)), "x");
        write(
            dir.path(),
            &format!(
                "s3/bucket-a/{}/{}/{}/{}/{}/{}",
                "d".repeat(200),
                "e".repeat(200),
                "f".repeat(200),
                "g".repeat(200),
                "h".repeat(200),
                "i".repeat(200)
            ),
            "x",
        );
        let errors = located(dir.path());
        let has = |needle: &str| errors.iter().any(|e| e.contains(needle));
        assert!(has("redis.yaml:2:12: invalid UTF-8"), "{errors:#?}");
        assert!(has("postgres/001.sql:2:9: invalid UTF-8"), "{errors:#?}");
        assert!(has("key.txt:1:1: invalid UTF-8") && has("use binary_file"), "{errors:#?}");
        assert_eq!(
            errors.iter().filter(|e| e.contains("is not UTF-8, which an S3 key must be")).count(),
            2,
            "{errors:#?}"
        );
        assert!(has("back\\slash.txt:1:1: the file name holds a backslash"), "{errors:#?}");
        assert!(has("S3 allows 1024"), "{errors:#?}");
        assert!(
            !errors.iter().any(|e| e.contains(&"f".repeat(250)) && e.contains("1024")),
            "a 455-byte key is fine: {errors:#?}"
        );
    }

    #[test]
    fn errors_point_at_the_file_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "secrets.yaml", "/app/a:\n  value: x\n/app/b:\n  vaule: y\n");
        write(dir.path(), "sqs.yaml", "orders:\n  delay_seconds: soon\n");
        let e = load_folder(dir.path()).unwrap_err().to_string();
        assert!(e.contains("secrets.yaml:4:3"), "{e}");
        assert!(e.contains("sqs.yaml:2:18: delay_seconds must be a whole number from 0 to 900 (got 'soon')"), "{e}");
    }

    /// Each error as "file:line:col: message", file relative to the seed folder.
    fn located(folder: &Path) -> Vec<String> {
        let e = load_folder(folder).expect_err("errors expected");
        e.0.iter()
            .map(|d| {
                let file = d.file.strip_prefix(folder).unwrap_or(&d.file).display().to_string();
                format!("{file}:{}:{}: {}", d.pos.line, d.pos.col, d.message)
            })
            .collect()
    }

    #[test]
    fn names_and_queue_attributes_follow_aws_rules_before_any_request() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "s3.yaml", "192.168.1.1: {}\n");
        write(
            dir.path(),
            "sqs.yaml",
            "my orders: {}\nslow:\n  delay_seconds: 9999\nplain:\n  content_based_deduplication: true\nretry:\n  visibility_timeout: -1\n  dead_letter: {queue: slow, max_receive_count: 0}\n",
        );
        write(dir.path(), "secrets.yaml", "'my secret': {value: x}\n");
        assert_eq!(
            located(dir.path()),
            [
                "s3.yaml:1:14: '192.168.1.1' is not a valid S3 bucket name: it must not look like an IP address",
                "secrets.yaml:1:1: 'my secret' is not a valid secret name: only letters, digits and / _ + = . @ - are allowed",
                "sqs.yaml:1:1: 'my orders' is not a valid SQS queue name: only letters, digits, '-' and '_' are allowed (and a '.fifo' suffix)",
                "sqs.yaml:3:18: delay_seconds must be a whole number from 0 to 900 (got '9999')",
                "sqs.yaml:5:3: content_based_deduplication is for FIFO queues only; 'plain' is a standard queue (name it 'plain.fifo' or remove the key)",
                "sqs.yaml:7:23: visibility_timeout must be a whole number from 0 to 43200 (got '-1')",
                "sqs.yaml:8:49: max_receive_count must be a whole number from 1 to 1000 (got '0')",
            ]
        );
    }

    #[test]
    fn an_unknown_fact_is_an_error_at_its_place() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "secrets.yaml", "/app/db:\n  value: postgres://${ghost.host}:5432/db\n");
        let errors = located(dir.path());
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].starts_with("secrets.yaml:2:21: unknown fact 'ghost.host'"), "{errors:?}");
    }

    #[test]
    fn a_bad_bucket_name_in_s3_yaml_points_at_s3_yaml() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "s3.yaml", "ok-bucket:\n  versioning: true\n/etc/passwd:\n  versioning: true\n");
        let e = load_folder(dir.path()).unwrap_err();
        assert_eq!(e.0.len(), 1, "{e}");
        assert_eq!((e.0[0].file.clone(), e.0[0].pos), (dir.path().join("s3.yaml"), Pos::new(4, 3)), "{e}");
        assert!(e.0[0].message.contains("'/etc/passwd' is not a valid S3 bucket name"), "{e}");
    }

    #[test]
    fn files_that_lead_out_of_the_seed_folder_are_refused() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("private-key"), "not for the sandbox").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let link = |name: &str| {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::os::unix::fs::symlink(outside.path().join("private-key"), path).unwrap();
        };
        // A seed file, a secret's file and an S3 object, each a symlink out of the folder.
        link("redis.yaml");
        link("files/key.pem");
        write(dir.path(), "secrets.yaml", "/app/key:\n  file: files/key.pem\n");
        link("s3/uploads/escape.txt");
        let e = load_folder(dir.path()).unwrap_err();
        let text = e.to_string();
        for what in ["redis.yaml", "key.pem", "escape.txt"] {
            assert!(
                e.0.iter().any(|d| d.message.contains(what) && d.message.contains("points outside the seed folder")),
                "{what} not refused: {text}"
            );
        }
        assert!(!text.contains("not for the sandbox"), "{text}");
        // A symlink that stays inside the folder is fine.
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "files/real.pem", "inside");
        std::os::unix::fs::symlink(dir.path().join("files/real.pem"), dir.path().join("files/alias.pem")).unwrap();
        write(dir.path(), "secrets.yaml", "/app/key:\n  file: files/alias.pem\n");
        let spec = load_folder(dir.path()).unwrap();
        assert!(matches!(&spec.secrets[0].value, SecretValue::Text(t) if t == "inside"));
    }

    #[test]
    fn a_pipe_in_the_seed_folder_is_refused_not_read_forever() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("s3/uploads")).unwrap();
        let fifo = dir.path().join("s3/uploads/stream");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        let e = load_folder(dir.path()).unwrap_err().to_string();
        assert!(e.contains("stream is not a regular file"), "{e}");
    }

    #[test]
    fn ten_thousand_objects_load_with_their_keys_and_sizes() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..10_000 {
            write(dir.path(), &format!("s3/bulk/part-{}/object-{i:05}.json", i % 50), &format!("{{\"n\":{i}}}"));
        }
        let spec = load_folder(dir.path()).unwrap();
        let objects = &spec.buckets[0].objects;
        assert_eq!(objects.len(), 10_000);
        let o = objects.iter().find(|o| o.key == "part-7/object-00007.json").expect("key from the path");
        assert_eq!((o.size, o.content_type.as_str()), (7, "application/json"));
    }
}

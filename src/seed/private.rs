//! Files under `.berth/` that hold secret values (generated secrets, snapshots):
//! owner-only from the moment they exist, never briefly readable by others.

use std::fs::{self, OpenOptions, Permissions};
use std::io::{self, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::Path;

/// Creates `dir` (and its parents) and makes it owner-only (0700).
pub fn create_dir(dir: &Path) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    fs::set_permissions(dir, Permissions::from_mode(0o700))
}

/// Writes `bytes` to `path` with mode 0600 (also when the file existed with another mode).
pub fn write(path: &Path, bytes: impl AsRef<[u8]>) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(path)?;
    file.set_permissions(Permissions::from_mode(0o600))?;
    file.write_all(bytes.as_ref())
}

/// The options for a secret-holding file written asynchronously (mode 0600).
pub fn async_options() -> tokio::fs::OpenOptions {
    let mut options = tokio::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true).mode(0o600);
    options
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).expect("metadata").permissions().mode() & 0o777
    }

    #[test]
    fn folders_and_files_are_owner_only_even_over_a_readable_file() {
        let root = tempfile::tempdir().expect("tempdir");
        let dir = root.path().join("a/b");
        create_dir(&dir).expect("create");
        assert_eq!(mode(&dir), 0o700);
        let file = dir.join("generated.json");
        fs::write(&file, "old").expect("write");
        fs::set_permissions(&file, Permissions::from_mode(0o644)).expect("chmod");
        write(&file, "{\"k\":\"v\"}").expect("write");
        assert_eq!(mode(&file), 0o600);
        assert_eq!(fs::read_to_string(&file).expect("read"), "{\"k\":\"v\"}");
    }
}

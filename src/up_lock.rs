//! One `berth up` per stack and engine at a time, so two runs started together never race
//! to create the same containers. The lock is named after the engine and the stack and kept
//! in the machine's temporary folder, not in the current folder: the same project brought up
//! from two folders (same `-p`) is still one stack on the engine. It is the OS's (flock), so
//! a killed berth never leaves a stale one behind.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};

/// Held while an `up` runs; dropping it lets the next one go.
#[derive(Debug)]
pub struct UpLock {
    _file: File,
}

/// Where the lock of `stack` on the engine at `endpoint` lives under `root` (the machine's
/// lock folder, [`machine_root`]).
pub fn path(root: &Path, endpoint: &str, stack: &str) -> PathBuf {
    use sha2::Digest as _;
    let engine: String = sha2::Sha256::digest(endpoint.as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect();
    root.join(format!("{engine}-{stack}.lock"))
}

/// The folder every berth on this machine takes its locks in: one for all users (sticky, like
/// /tmp itself), so whoever runs `up` meets the same lock.
pub fn machine_root() -> io::Result<PathBuf> {
    use std::os::unix::fs::PermissionsExt;
    let root = std::env::temp_dir().join("berth-locks");
    if !root.is_dir() {
        std::fs::create_dir_all(&root)?;
        std::fs::set_permissions(&root, std::fs::Permissions::from_mode(0o1777))?;
    }
    Ok(root)
}

/// Takes the lock if it is free; Err(pid of the holder, when it wrote one) if not.
pub fn try_acquire(path: &Path) -> io::Result<Result<UpLock, Option<u32>>> {
    let mut file = open(path)?;
    match file.try_lock() {
        Ok(()) => Ok(Ok(claim(file)?)),
        Err(std::fs::TryLockError::WouldBlock) => {
            let mut text = String::new();
            let _ = file.read_to_string(&mut text);
            Ok(Err(text.trim().parse().ok()))
        }
        Err(std::fs::TryLockError::Error(e)) => Err(e),
    }
}

/// Waits until the lock is free and takes it (blocking: run it off the async threads).
pub fn acquire(path: &Path) -> io::Result<UpLock> {
    let file = open(path)?;
    file.lock()?;
    claim(file)
}

fn open(path: &Path) -> io::Result<File> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    OpenOptions::new().read(true).write(true).create(true).truncate(false).open(path)
}

/// Records who holds the lock, for the message the next `up` prints while it waits.
fn claim(mut file: File) -> io::Result<UpLock> {
    file.set_len(0)?;
    file.rewind()?;
    write!(file, "{}", std::process::id())?;
    Ok(UpLock { _file: file })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_lock_names_its_holder_and_frees_when_dropped() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = path(dir.path(), "unix:///var/run/docker.sock", "ysh-b2b");
        let first = try_acquire(&path).expect("io").expect("free at first");
        let second = try_acquire(&path).expect("io");
        assert_eq!(second.err(), Some(Some(std::process::id())));
        drop(first);
        assert!(try_acquire(&path).expect("io").is_ok(), "free again once dropped");
    }

    #[test]
    fn a_lock_is_named_after_the_engine_and_the_stack_not_the_folder() {
        let root = Path::new("/locks");
        let here = path(root, "unix:///var/run/docker.sock", "shop");
        assert_eq!(here, path(root, "unix:///var/run/docker.sock", "shop"));
        assert_ne!(here, path(root, "tcp://10.0.0.5:2376", "shop"), "another engine");
        assert_ne!(here, path(root, "unix:///var/run/docker.sock", "blog"), "another stack");
        assert!(here.to_string_lossy().ends_with("-shop.lock"), "{}", here.display());
    }
}

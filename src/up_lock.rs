//! `.berth/<stack>/up.lock`: one `berth up` per stack at a time, so two runs
//! started together never race to create the same containers. The lock is the
//! OS's (flock), so a killed berth never leaves a stale one behind.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};

/// Held while an `up` runs; dropping it lets the next one go.
#[derive(Debug)]
pub struct UpLock {
    _file: File,
}

/// Where the lock of `stack` lives under `state_root` (the `.berth` folder).
pub fn path(state_root: &Path, stack: &str) -> PathBuf {
    state_root.join(stack).join("up.lock")
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
        let path = path(dir.path(), "ysh-b2b");
        let first = try_acquire(&path).expect("io").expect("free at first");
        let second = try_acquire(&path).expect("io");
        assert_eq!(second.err(), Some(Some(std::process::id())));
        drop(first);
        assert!(try_acquire(&path).expect("io").is_ok(), "free again once dropped");
    }
}

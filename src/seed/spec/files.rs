//! Files of the seed folder (or a snapshot) read safely: only regular files, only inside it,
//! large objects hashed as a stream.

use std::io::Read;
use std::path::{Path, PathBuf};

use md5::{Digest, Md5};

/// Why a seed or snapshot file was not read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{} is not a regular file; refusing to read it", .0.display())]
    NotRegular(PathBuf),
    #[error("{} points outside the seed folder ({}); refusing to read it", .path.display(), .real.display())]
    Outside { path: PathBuf, real: PathBuf },
    #[error("cannot read seed folder {}: {source}", .path.display())]
    Folder {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot read {}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

fn io_error(path: &Path) -> impl FnOnce(std::io::Error) -> ReadError + '_ {
    move |source| ReadError::Io { path: path.to_path_buf(), source }
}

/// Reads `path` if it exists, refusing a file that resolves outside `folder` (a symlink out of the seed folder).
pub fn read_inside(folder: &Path, path: &Path) -> Result<Option<Vec<u8>>, ReadError> {
    if !path.exists() {
        return Ok(None);
    }
    check_inside(folder, path)?;
    regular_file(path)?;
    std::fs::read(path).map(Some).map_err(io_error(path))
}

/// A seed file must be a plain file: a device or a pipe would never end.
pub(super) fn regular_file(path: &Path) -> Result<(), ReadError> {
    match std::fs::metadata(path) {
        Ok(m) if m.is_file() || m.is_dir() => Ok(()),
        Ok(_) => Err(ReadError::NotRegular(path.to_path_buf())),
        Err(e) => Err(io_error(path)(e)),
    }
}

pub(super) fn check_inside(folder: &Path, path: &Path) -> Result<(), ReadError> {
    let root = folder.canonicalize().map_err(|source| ReadError::Folder { path: folder.to_path_buf(), source })?;
    let real = path.canonicalize().map_err(io_error(path))?;
    if real.starts_with(&root) {
        Ok(())
    } else {
        Err(ReadError::Outside { path: path.to_path_buf(), real })
    }
}

pub(super) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// MD5 of a file, streamed so that large objects are never held in memory.
/// SHA-256 of a file (hex), read in blocks.
pub fn file_sha256(path: &Path) -> std::io::Result<String> {
    use sha2::Digest as _;
    let mut file = std::fs::File::open(path)?;
    let mut hasher = sha2::Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hex(&hasher.finalize()))
}

pub fn file_md5(path: &Path) -> std::io::Result<(String, u64)> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Md5::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut size = 0u64;
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        size += n as u64;
        hasher.update(&buf[..n]);
    }
    Ok((hex(&hasher.finalize()), size))
}

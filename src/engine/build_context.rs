//! A build context as the tar stream the engine expects, honouring `.dockerignore`.
//! The archive is written by a blocking thread into a small bounded channel, so a
//! context of any size costs a few chunks of memory, and ignored folders are not walked.

use std::io::Write;
use std::path::{Path, PathBuf};

use bytes::Bytes;
use futures_util::Stream;
use tokio::sync::mpsc;

pub use super::dockerignore::IgnoreRules;

/// Chunks in flight between the walking thread and the engine: 8 × 64 KiB.
const CHUNK: usize = 64 * 1024;
const CHUNKS_IN_FLIGHT: usize = 8;

/// Writes the context folder as a tar archive to `out`. The Dockerfile and `.dockerignore` are
/// always sent, as Docker does, even when a rule names them.
pub fn write_context(dir: &Path, dockerfile: &str, out: impl Write) -> std::io::Result<()> {
    let rules = match std::fs::read_to_string(dir.join(".dockerignore")) {
        Ok(text) => IgnoreRules::parse(&text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => IgnoreRules::parse(""),
        Err(e) => return Err(e),
    };
    let mut builder = tar::Builder::new(out);
    builder.follow_symlinks(false);
    let mut folders = vec![dir.to_path_buf()];
    while let Some(current) = folders.pop() {
        let mut entries: Vec<_> = std::fs::read_dir(&current)?.collect::<Result<_, _>>()?;
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let path = entry.path();
            let Ok(relative) = path.strip_prefix(dir) else {
                continue;
            };
            let rel = relative.to_string_lossy().replace('\\', "/");
            let always = rel == dockerfile || rel == ".dockerignore";
            let ignored = !always && rules.ignores(&rel);
            if entry.file_type()?.is_dir() {
                if ignored && rules.prunes(&rel) {
                    continue;
                }
                if !ignored {
                    builder.append_dir(relative, &path)?;
                }
                folders.push(path);
            } else if !ignored {
                builder.append_path_with_name(&path, relative)?;
            }
        }
    }
    builder.into_inner()?.flush()
}

/// The whole archive in memory, for tests and small contexts.
pub fn tar_context(dir: &Path, dockerfile: &str) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    write_context(dir, dockerfile, &mut bytes)?;
    Ok(bytes)
}

/// The context as a stream of chunks, written on a blocking thread as the engine reads it.
/// A read error ends the stream with that error, so the engine's request fails with it.
pub fn stream_context(dir: PathBuf, dockerfile: String) -> impl Stream<Item = std::io::Result<Bytes>> + Send {
    let (sender, receiver) = mpsc::channel::<std::io::Result<Bytes>>(CHUNKS_IN_FLIGHT);
    tokio::task::spawn_blocking(move || {
        let writer = ChunkWriter { sender: sender.clone(), buffer: Vec::with_capacity(CHUNK) };
        if let Err(e) = write_context(&dir, &dockerfile, writer) {
            let message = format!("cannot read build context {}: {e}", dir.display());
            let _ = sender.blocking_send(Err(std::io::Error::new(e.kind(), message)));
        }
    });
    futures_util::stream::unfold(
        receiver,
        |mut receiver| async move { receiver.recv().await.map(|item| (item, receiver)) },
    )
}

struct ChunkWriter {
    sender: mpsc::Sender<std::io::Result<Bytes>>,
    buffer: Vec<u8>,
}

impl ChunkWriter {
    fn send(&mut self) -> std::io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(&mut self.buffer, Vec::with_capacity(CHUNK)));
        self.sender
            .blocking_send(Ok(chunk))
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "the engine stopped reading the context"))
    }
}

impl Write for ChunkWriter {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        let room = CHUNK - self.buffer.len();
        let taken = room.min(data.len());
        self.buffer.extend_from_slice(&data[..taken]);
        if self.buffer.len() == CHUNK {
            self.send()?;
        }
        Ok(taken)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.send()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(bytes: &[u8]) -> Vec<String> {
        let mut archive = tar::Archive::new(bytes);
        let mut names: Vec<String> =
            archive.entries().unwrap().map(|e| e.unwrap().path().unwrap().display().to_string()).collect();
        names.sort();
        names
    }

    #[test]
    fn context_tar_skips_ignored_files_but_keeps_the_dockerfile() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("Dockerfile"), "FROM x").unwrap();
        std::fs::write(dir.path().join(".dockerignore"), "*.tmp\nDockerfile\n.dockerignore\nlogs\n").unwrap();
        std::fs::write(dir.path().join("app.py"), "print()").unwrap();
        std::fs::write(dir.path().join("junk.tmp"), "x").unwrap();
        std::fs::create_dir_all(dir.path().join("logs/old")).unwrap();
        std::fs::write(dir.path().join("logs/old/a.log"), "x").unwrap();
        std::fs::create_dir_all(dir.path().join("src/empty")).unwrap();
        let bytes = tar_context(dir.path(), "Dockerfile").unwrap();
        assert_eq!(names(&bytes), [".dockerignore", "Dockerfile", "app.py", "src", "src/empty"]);
    }

    /// Bytes read by this thread so far (the walk runs on the calling thread here).
    fn bytes_read_by_this_thread() -> u64 {
        let io = std::fs::read_to_string("/proc/thread-self/io").unwrap();
        io.lines().find_map(|l| l.strip_prefix("rchar: ")).unwrap().trim().parse().unwrap()
    }

    #[test]
    fn an_ignored_gigabyte_folder_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("Dockerfile"), "FROM x").unwrap();
        std::fs::write(dir.path().join(".dockerignore"), "big\n").unwrap();
        std::fs::create_dir(dir.path().join("big")).unwrap();
        let big = std::fs::File::create(dir.path().join("big/blob")).unwrap();
        big.set_len(1 << 30).unwrap();
        let before = bytes_read_by_this_thread();
        write_context(dir.path(), "Dockerfile", std::io::sink()).unwrap();
        let read = bytes_read_by_this_thread() - before;
        assert!(read < 1 << 20, "the walk read {read} bytes; the ignored folder must not be read");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_stream_gives_the_same_archive_in_bounded_chunks() {
        use futures_util::StreamExt;
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("Dockerfile"), "FROM x").unwrap();
        std::fs::write(dir.path().join("data.bin"), vec![7u8; 300 * 1024]).unwrap();
        let whole = tar_context(dir.path(), "Dockerfile").unwrap();
        let chunks: Vec<Bytes> =
            stream_context(dir.path().to_path_buf(), "Dockerfile".into()).map(|c| c.unwrap()).collect().await;
        assert!(chunks.iter().all(|c| c.len() <= CHUNK));
        assert!(chunks.len() >= 5);
        assert_eq!(chunks.concat(), whole);
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_missing_context_ends_the_stream_with_an_error_naming_it() {
        use futures_util::StreamExt;
        let items: Vec<_> =
            stream_context(PathBuf::from("/nonexistent/berth-ctx"), "Dockerfile".into()).collect().await;
        let error = items.into_iter().find_map(Result::err).expect("an error");
        assert!(error.to_string().contains("/nonexistent/berth-ctx"), "{error}");
    }
}

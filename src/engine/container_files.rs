//! A service's secrets and configs as files in its container, the way compose v2
//! places them: a file source bind-mounted read-only at the target, an environment
//! or `content:` source copied in (with its mode, uid and gid) before the start.

use bollard::models::{Mount, MountType};
use bollard::query_parameters::UploadToContainerOptions;
use bollard::Docker;

use super::events::Failure;
use super::images::docker_message;
use crate::stack::ContainerFile;
use crate::stack::{SecretSource, Service};

/// Bind mounts for the file sources.
pub fn mounts(svc: &Service) -> Vec<Mount> {
    svc.files
        .iter()
        .filter_map(|f| match &f.source {
            SecretSource::File(path) => Some(Mount {
                target: Some(f.target.clone()),
                source: Some(path.display().to_string()),
                typ: Some(MountType::BIND),
                read_only: Some(true),
                ..Mount::default()
            }),
            _ => None,
        })
        .collect()
}

/// Copies the environment and `content:` sources into the created container.
pub async fn copy_in(docker: &Docker, container: &str, svc: &Service) -> Result<(), Failure> {
    let copied: Vec<&ContainerFile> = svc.files.iter().filter(|f| !matches!(f.source, SecretSource::File(_))).collect();
    if copied.is_empty() {
        return Ok(());
    }
    let archive = archive(&copied).map_err(|e| Failure::new(format!("cannot pack the service's secrets: {e}")))?;
    let options = UploadToContainerOptions { path: "/".into(), ..Default::default() };
    docker.upload_to_container(container, Some(options), bollard::body_full(archive.into())).await.map_err(|e| {
        let names: Vec<&str> = copied.iter().map(|f| f.name.as_str()).collect();
        Failure::new(format!("failed to copy {} into the container: {}", names.join(", "), docker_message(&e)))
    })
}

/// A digest of what is copied in (never the values themselves): part of the config
/// hash, so a changed secret recreates the container.
pub fn fingerprint(svc: &Service) -> String {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    for file in &svc.files {
        if let SecretSource::Env { value, .. } | SecretSource::Content(value) = &file.source {
            hasher.update(format!("{}\0{:?}\0{:?}\0{:?}\0", file.target, file.mode, file.uid, file.gid));
            hasher.update(value.0.as_bytes());
            hasher.update([0]);
        }
    }
    hasher.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// A tar archive rooted at `/` holding each file at its target.
fn archive(files: &[&ContainerFile]) -> std::io::Result<Vec<u8>> {
    let mut tar = tar::Builder::new(Vec::new());
    for file in files {
        let value = match &file.source {
            SecretSource::Env { value, .. } | SecretSource::Content(value) => value.0.as_bytes(),
            // Mounted, or refused before the container was made (`Service::files_unavailable`).
            SecretSource::File(_) | SecretSource::EnvUnset { .. } | SecretSource::External { .. } => continue,
        };
        let mut header = tar::Header::new_gnu();
        header.set_size(value.len() as u64);
        // compose's default: readable by all, as a mounted secret would be.
        header.set_mode(file.mode.unwrap_or(0o444));
        header.set_uid(u64::from(file.uid.unwrap_or(0)));
        header.set_gid(u64::from(file.gid.unwrap_or(0)));
        header.set_mtime(0);
        tar.append_data(&mut header, file.target.trim_start_matches('/'), value)?;
    }
    tar.into_inner()
}

//! Generated secret values, remembered in `.berth/<stack>/generated.json` so
//! that every seed and reset reproduces them until the user rotates one.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use rand::Rng;

use super::spec::GeneratedValues;

pub struct GeneratedStore {
    path: PathBuf,
    values: BTreeMap<String, String>,
    changed: bool,
}

impl GeneratedStore {
    pub fn open(project_dir: &Path, stack: &str) -> std::io::Result<GeneratedStore> {
        let path = project_dir.join(".berth").join(stack).join("generated.json");
        let values = match std::fs::read_to_string(&path) {
            Ok(text) => {
                serde_json::from_str(&text).map_err(|e| std::io::Error::other(format!("{}: {e}", path.display())))?
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => BTreeMap::new(),
            Err(e) => return Err(e),
        };
        Ok(GeneratedStore { path, values, changed: false })
    }

    /// Forgets a value so that the next load generates a new one.
    pub fn rotate(&mut self, name: &str) -> bool {
        self.changed |= self.values.remove(name).is_some();
        self.changed
    }

    pub fn save(&self) -> std::io::Result<()> {
        if !self.changed {
            return Ok(());
        }
        if let Some(dir) = self.path.parent() {
            super::private::create_dir(dir)?;
        }
        let text = serde_json::to_string_pretty(&self.values).map_err(std::io::Error::other)?;
        // Write then rename, so an interrupted save never leaves half a file.
        let tmp = self.path.with_extension("json.tmp");
        super::private::write(&tmp, text)?;
        std::fs::rename(tmp, &self.path)
    }
}

pub fn generate(kind: &str, length: usize) -> String {
    let mut rng = rand::rng();
    match kind {
        "hex" => (0..length).map(|_| format!("{:x}", rng.random_range(0..16u8))).collect(),
        "base64" => {
            let bytes: Vec<u8> = (0..length.div_ceil(4) * 3).map(|_| rng.random()).collect();
            let mut s = base64::engine::general_purpose::STANDARD.encode(bytes);
            s.truncate(length);
            s
        }
        _ => {
            const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!";
            (0..length).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect()
        }
    }
}

impl GeneratedValues for GeneratedStore {
    fn get_or_create(&mut self, name: &str, kind: &str, length: usize) -> String {
        if let Some(v) = self.values.get(name) {
            return v.clone();
        }
        let v = generate(kind, length);
        self.values.insert(name.to_string(), v.clone());
        self.changed = true;
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_values_have_the_asked_shape() {
        let hex = generate("hex", 64);
        assert_eq!(hex.len(), 64);
        assert!(hex.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(generate("base64", 44).len(), 44);
        assert_eq!(generate("password", 20).len(), 20);
        assert_ne!(generate("hex", 32), generate("hex", 32));
    }

    #[test]
    fn values_are_stable_until_rotated() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = GeneratedStore::open(dir.path(), "s").unwrap();
        let first = store.get_or_create("/jwt", "hex", 32);
        store.save().unwrap();
        let mut again = GeneratedStore::open(dir.path(), "s").unwrap();
        assert_eq!(again.get_or_create("/jwt", "hex", 32), first);
        assert!(again.rotate("/jwt"));
        assert_ne!(again.get_or_create("/jwt", "hex", 32), first);
    }
}

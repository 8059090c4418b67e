//! Which files make the stack when none is given with `-f`: `COMPOSE_FILE`, or the
//! compose file of the current folder or the nearest parent, with its override file,
//! as compose finds them.

use std::path::{Path, PathBuf};

/// In compose's order of preference.
pub const COMPOSE_NAMES: [&str; 4] = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];
const OVERRIDE_NAMES: [&str; 4] =
    ["compose.override.yaml", "compose.override.yml", "docker-compose.override.yaml", "docker-compose.override.yml"];

/// `COMPOSE_FILE`'s files (separated by `COMPOSE_PATH_SEPARATOR`, `:` by default).
pub fn from_compose_file(value: &str, separator: Option<&str>) -> Vec<PathBuf> {
    let sep = separator.filter(|s| !s.is_empty()).unwrap_or(":");
    value.split(sep).filter(|p| !p.is_empty()).map(PathBuf::from).collect()
}

/// The compose file in `dir` and its override file, if `dir` has one.
pub fn in_folder(dir: &Path) -> Option<Vec<PathBuf>> {
    let file = COMPOSE_NAMES.iter().map(|n| dir.join(n)).find(|p| p.is_file())?;
    let mut files = vec![file];
    files.extend(OVERRIDE_NAMES.iter().map(|n| dir.join(n)).find(|p| p.is_file()));
    Some(files)
}

/// The compose file of `start` or of its nearest parent that has one.
pub fn upward(start: &Path) -> Option<Vec<PathBuf>> {
    start.ancestors().find_map(in_folder)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compose_file_splits_on_the_separator() {
        assert_eq!(from_compose_file("a.yaml:b.yaml", None), [PathBuf::from("a.yaml"), PathBuf::from("b.yaml")]);
        assert_eq!(from_compose_file("a.yaml;b.yaml", Some(";")), [PathBuf::from("a.yaml"), PathBuf::from("b.yaml")]);
    }

    #[test]
    fn finds_the_preferred_name_and_its_override_upward() {
        let root = std::env::temp_dir().join(format!("berth-discover-{}", std::process::id()));
        let deep = root.join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        for name in ["docker-compose.yml", "compose.yaml", "docker-compose.override.yml"] {
            std::fs::write(root.join(name), "services: {}\n").unwrap();
        }
        assert_eq!(upward(&deep), Some(vec![root.join("compose.yaml"), root.join("docker-compose.override.yml")]));
        std::fs::write(deep.join("docker-compose.yml"), "services: {}\n").unwrap();
        assert_eq!(upward(&deep), Some(vec![deep.join("docker-compose.yml")]));
        std::fs::remove_dir_all(&root).unwrap();
    }
}

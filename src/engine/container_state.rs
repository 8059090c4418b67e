//! A container's state and health as typed values, from the engine's words up, so no
//! caller compares strings (and a typo is a compile error, not a state never matched).

use bollard::models::ContainerSummary;
use serde::Serialize;

/// What the engine says a container is doing, plus `Missing` for a service without one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ContainerState {
    Created,
    Running,
    Paused,
    Restarting,
    Removing,
    Exited,
    Dead,
    /// The service has no container.
    Missing,
    /// A word this berth does not know (a newer engine's).
    Unknown,
}

impl ContainerState {
    pub fn as_str(self) -> &'static str {
        match self {
            ContainerState::Created => "created",
            ContainerState::Running => "running",
            ContainerState::Paused => "paused",
            ContainerState::Restarting => "restarting",
            ContainerState::Removing => "removing",
            ContainerState::Exited => "exited",
            ContainerState::Dead => "dead",
            ContainerState::Missing => "missing",
            ContainerState::Unknown => "unknown",
        }
    }

    /// The state of a container the engine listed.
    pub fn of(container: &ContainerSummary) -> ContainerState {
        container.state.as_ref().map_or(ContainerState::Unknown, |s| ContainerState::from(s.to_string().as_str()))
    }
}

impl From<&str> for ContainerState {
    fn from(word: &str) -> ContainerState {
        match word {
            "created" => ContainerState::Created,
            "running" => ContainerState::Running,
            "paused" => ContainerState::Paused,
            "restarting" => ContainerState::Restarting,
            "removing" => ContainerState::Removing,
            "exited" => ContainerState::Exited,
            "dead" => ContainerState::Dead,
            "missing" => ContainerState::Missing,
            _ => ContainerState::Unknown,
        }
    }
}

impl std::fmt::Display for ContainerState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

/// The container's HEALTHCHECK verdict; `None` when it has no HEALTHCHECK.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Health {
    Healthy,
    Unhealthy,
    Starting,
    None,
}

impl Health {
    pub fn as_str(self) -> &'static str {
        match self {
            Health::Healthy => "healthy",
            Health::Unhealthy => "unhealthy",
            Health::Starting => "starting",
            Health::None => "none",
        }
    }
}

impl From<&str> for Health {
    fn from(word: &str) -> Health {
        match word {
            "healthy" => Health::Healthy,
            "unhealthy" => Health::Unhealthy,
            "starting" => Health::Starting,
            _ => Health::None,
        }
    }
}

impl std::fmt::Display for Health {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn engine_words_round_trip_and_unknown_ones_are_kept_apart() {
        for word in ["created", "running", "paused", "restarting", "removing", "exited", "dead", "missing"] {
            assert_eq!(ContainerState::from(word).as_str(), word);
        }
        assert_eq!(ContainerState::from("hibernating"), ContainerState::Unknown);
        for word in ["healthy", "unhealthy", "starting", "none"] {
            assert_eq!(Health::from(word).as_str(), word);
        }
        assert_eq!(Health::from(""), Health::None);
        assert_eq!(serde_json::to_string(&ContainerState::Running).unwrap(), "\"running\"");
        assert_eq!(serde_json::to_string(&Health::None).unwrap(), "\"none\"");
    }
}

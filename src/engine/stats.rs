//! What each container costs: CPU and memory from the engine's stats stream, computed the
//! way `docker stats` does (CPU against the host's time over the same interval, memory
//! without the reclaimable page cache).

use std::collections::BTreeMap;

use bollard::models::ContainerStatsResponse;
use bollard::query_parameters::StatsOptions;
use futures_util::{Stream, StreamExt};

use super::{Engine, EngineError};

/// One sample of a container's use.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Usage {
    /// Percent of one core (200 is two cores busy), as `docker stats` shows it.
    pub cpu_percent: f64,
    pub memory_bytes: u64,
    /// The container's limit, or the host's memory when it has none.
    pub memory_limit: u64,
}

/// A sample from the engine's stats message; None when the container is not running
/// (the engine then sends empty numbers).
pub fn usage(stats: &ContainerStatsResponse) -> Option<Usage> {
    let memory = stats.memory_stats.as_ref()?;
    let used = memory.usage?;
    // cgroup v2 names the page cache `inactive_file`; v1 `total_inactive_file`.
    let cache =
        memory.stats.as_ref().and_then(|s| s.get("inactive_file").or_else(|| s.get("total_inactive_file")).copied());
    let cpu = stats.cpu_stats.as_ref()?;
    let total = |c: &bollard::models::ContainerCpuStats| c.cpu_usage.as_ref().and_then(|u| u.total_usage);
    let previous = stats.precpu_stats.as_ref();
    let cpu_delta = total(cpu).zip(previous.and_then(total)).map(|(now, then)| now.saturating_sub(then));
    let system_delta =
        cpu.system_cpu_usage.zip(previous.and_then(|p| p.system_cpu_usage)).map(|(now, then)| now.saturating_sub(then));
    let cores = cpu
        .online_cpus
        .map(u64::from)
        .or_else(|| cpu.cpu_usage.as_ref().and_then(|u| u.percpu_usage.as_ref()).map(|p| p.len() as u64))
        .unwrap_or(1);
    let cpu_percent = match (cpu_delta, system_delta) {
        (Some(c), Some(s)) if s > 0 => c as f64 / s as f64 * cores as f64 * 100.0,
        _ => 0.0,
    };
    Some(Usage {
        cpu_percent,
        memory_bytes: used.saturating_sub(cache.unwrap_or(0)),
        memory_limit: memory.limit.unwrap_or(0),
    })
}

impl Engine {
    /// The engine's stream of samples for one container, about one a second, until it ends
    /// (the container is removed, or the engine goes away).
    pub fn stats(&self, container_id: &str) -> impl Stream<Item = Result<Option<Usage>, EngineError>> + use<> {
        let options = StatsOptions { stream: true, one_shot: false };
        let action = format!("read the stats of container {container_id}");
        self.docker
            .stats(container_id, Some(options))
            .map(move |item| item.map(|s| usage(&s)).map_err(EngineError::docker(action.clone())))
    }

    /// One sample for each running container (by service), taken side by side: the engine
    /// needs about a second to compare two readings.
    pub async fn usage_of(&self, containers: &[(String, String)]) -> BTreeMap<String, Usage> {
        let samples = containers.iter().map(|(service, id)| async move {
            let options = StatsOptions { stream: false, one_shot: false };
            let mut stream = self.docker.stats(id, Some(options));
            let sample = stream.next().await.and_then(Result::ok).and_then(|s| usage(&s));
            sample.map(|u| (service.clone(), u))
        });
        futures_util::future::join_all(samples).await.into_iter().flatten().collect()
    }
}

/// A byte count as people read memory: `512K`, `23.4M`, `1.2G`.
pub fn human_bytes(bytes: u64) -> String {
    const K: f64 = 1024.0;
    let b = bytes as f64;
    if b < K * K {
        format!("{:.0}K", b / K)
    } else if b < K * K * K {
        format!("{:.1}M", b / (K * K))
    } else {
        format!("{:.2}G", b / (K * K * K))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bollard::models::{ContainerCpuStats, ContainerCpuUsage, ContainerMemoryStats};

    fn sample(total: (u64, u64), system: (u64, u64), cores: u32, memory: (u64, u64)) -> ContainerStatsResponse {
        let cpu = |t, s| ContainerCpuStats {
            cpu_usage: Some(ContainerCpuUsage { total_usage: Some(t), ..Default::default() }),
            system_cpu_usage: Some(s),
            online_cpus: Some(cores),
            ..Default::default()
        };
        ContainerStatsResponse {
            cpu_stats: Some(cpu(total.1, system.1)),
            precpu_stats: Some(cpu(total.0, system.0)),
            memory_stats: Some(ContainerMemoryStats {
                usage: Some(memory.0),
                limit: Some(1 << 30),
                stats: Some([("inactive_file".to_string(), memory.1)].into()),
                ..Default::default()
            }),
            ..Default::default()
        }
    }

    #[test]
    fn cpu_is_the_share_of_host_time_times_the_cores_and_memory_leaves_out_the_page_cache() {
        // Half of the host's time over the interval on a two-core host: one core busy.
        let u = usage(&sample((1_000, 501_000), (10_000, 1_010_000), 2, (50 << 20, 10 << 20))).unwrap();
        assert!((u.cpu_percent - 100.0).abs() < 1e-9, "{u:?}");
        assert_eq!(u.memory_bytes, 40 << 20);
        assert_eq!(u.memory_limit, 1 << 30);
    }

    #[test]
    fn the_first_sample_without_a_previous_reading_is_zero_and_a_stopped_container_has_none() {
        let mut first = sample((0, 0), (0, 0), 2, (1 << 20, 0));
        first.precpu_stats = None;
        assert_eq!(usage(&first).unwrap().cpu_percent, 0.0);
        let stopped = ContainerStatsResponse::default();
        assert!(usage(&stopped).is_none());
    }

    #[test]
    fn bytes_read_as_people_read_memory() {
        assert_eq!(human_bytes(512 * 1024), "512K");
        assert_eq!(human_bytes(23 * 1024 * 1024 + 400 * 1024), "23.4M");
        assert_eq!(human_bytes(3 << 30), "3.00G");
    }
}

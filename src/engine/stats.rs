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

/// Everything `docker stats` shows of a container in one sample.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct FullUsage {
    pub usage: Option<Usage>,
    pub net_rx: u64,
    pub net_tx: u64,
    pub block_read: u64,
    pub block_write: u64,
    pub pids: u64,
}

/// A sample with network, disk and process counts beside CPU and memory.
pub fn full_usage(stats: &ContainerStatsResponse) -> FullUsage {
    let networks = stats.networks.iter().flat_map(|n| n.values());
    let (net_rx, net_tx) =
        networks.fold((0, 0), |(rx, tx), n| (rx + n.rx_bytes.unwrap_or(0), tx + n.tx_bytes.unwrap_or(0)));
    let io = stats.blkio_stats.as_ref().and_then(|b| b.io_service_bytes_recursive.as_ref());
    let (mut block_read, mut block_write) = (0, 0);
    for entry in io.into_iter().flatten() {
        match entry.op.as_deref().map(str::to_ascii_lowercase).as_deref() {
            Some("read") => block_read += entry.value.unwrap_or(0),
            Some("write") => block_write += entry.value.unwrap_or(0),
            _ => {}
        }
    }
    FullUsage {
        usage: usage(stats),
        net_rx,
        net_tx,
        block_read,
        block_write,
        pids: stats.pids_stats.as_ref().and_then(|p| p.current).unwrap_or(0),
    }
}

impl Engine {
    /// One full sample of each container (id → sample), side by side.
    pub async fn full_usage_of(&self, ids: &[String]) -> BTreeMap<String, FullUsage> {
        let samples = ids.iter().map(|id| async move {
            let options = StatsOptions { stream: false, one_shot: false };
            let mut stream = self.docker.stats(id, Some(options));
            let sample = stream.next().await.and_then(Result::ok).map(|s| full_usage(&s));
            sample.map(|u| (id.clone(), u))
        });
        futures_util::future::join_all(samples).await.into_iter().flatten().collect()
    }
}

/// `3.148MiB`, as the Docker CLI prints memory (powers of 1024, three significant digits).
pub fn binary_size(bytes: u64) -> String {
    size_in(bytes as f64, 1024.0, &["B", "KiB", "MiB", "GiB", "TiB"], 4)
}

/// `1.04kB`, as the Docker CLI prints network and disk traffic (powers of 1000, three
/// significant digits).
pub fn decimal_size(bytes: u64) -> String {
    size_in(bytes as f64, 1000.0, &["B", "kB", "MB", "GB", "TB"], 3)
}

fn size_in(mut value: f64, step: f64, units: &[&str], significant: usize) -> String {
    let mut unit = 0;
    while value >= step && unit + 1 < units.len() {
        value /= step;
        unit += 1;
    }
    // Go's %.Ng: N significant digits, trailing zeros dropped.
    let whole = if value >= 1.0 { value.log10().floor() as usize + 1 } else { 1 };
    let digits = significant.saturating_sub(whole);
    let text = format!("{value:.digits$}");
    let text = if text.contains('.') { text.trim_end_matches('0').trim_end_matches('.').to_string() } else { text };
    format!("{text}{}", units[unit])
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

    #[test]
    fn sizes_read_as_docker_stats_prints_them() {
        // Values from `docker compose stats --no-stream` on this engine.
        assert_eq!(binary_size(3_300_917), "3.148MiB");
        assert_eq!(binary_size(25_275_779_072), "23.54GiB");
        assert_eq!(decimal_size(376), "376B");
        assert_eq!(decimal_size(1_040), "1.04kB");
        assert_eq!(decimal_size(1_234), "1.23kB");
        assert_eq!(decimal_size(0), "0B");
    }
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

//! Where an `up`'s time went: when each service's gate opened, when its workload ran and when
//! it was ready, and from that the critical path — the slowest chain of the services' own
//! readiness through the dependency graph. Beyond it, the engine's work of starting that
//! chain's containers is a floor too (no container starts before its gate); whatever is left
//! is berth's own overhead (reading the file, creating networks and containers, gating,
//! probe lag), the number to drive down.

use std::collections::BTreeMap;
use std::time::Duration;

/// One service's (or step's) times, each measured from the start of the `up`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ServiceTiming {
    /// What it waited for: its depends_on and the steps before it.
    pub waited_for: Vec<String>,
    /// Its container was made (or found) and configured, on one engine before its gate opens.
    pub created: Option<Duration>,
    /// Everything it waited for was done: its container could start.
    pub gate_open: Option<Duration>,
    /// Its container (or task) was running; a step's work began.
    pub started: Option<Duration>,
    /// Its probe passed, or (a one-shot) it exited 0.
    pub ready: Option<Duration>,
}

impl ServiceTiming {
    /// The service's own part: from running to ready. Berth cannot make this shorter.
    pub fn own(&self) -> Option<Duration> {
        Some(self.ready?.saturating_sub(self.started?))
    }
}

/// The slowest chain of the services' own readiness, in dependency order.
#[derive(Debug, Clone, PartialEq)]
pub struct CriticalPath {
    pub chain: Vec<String>,
    pub length: Duration,
    /// The engine's own work of starting the chain's containers (from the gate opening to
    /// running): a floor berth pays the moment the gate opens, as compose does.
    pub engine_starts: Duration,
}

impl CriticalPath {
    /// What a run that took `took` spent beyond its floor (the chain's own readiness and the
    /// engine starting the chain's containers): berth's own share.
    pub fn overhead(&self, took: Duration) -> Duration {
        took.saturating_sub(self.length + self.engine_starts)
    }
}

/// The longest path through the graph of `waited_for`, each service weighing its own
/// readiness. A service with no `own` (not ready, or unchanged and not started) weighs
/// nothing; names outside the map are ignored; the graph is acyclic (the loader refuses
/// circles), and a circle here would only end a chain, never loop.
pub fn critical_path(timings: &BTreeMap<String, ServiceTiming>) -> CriticalPath {
    fn longest(
        name: &str,
        timings: &BTreeMap<String, ServiceTiming>,
        memo: &mut BTreeMap<String, (Duration, Vec<String>)>,
        visiting: &mut Vec<String>,
    ) -> (Duration, Vec<String>) {
        if let Some(known) = memo.get(name) {
            return known.clone();
        }
        let Some(timing) = timings.get(name) else { return (Duration::ZERO, Vec::new()) };
        if visiting.iter().any(|v| v == name) {
            return (Duration::ZERO, Vec::new());
        }
        visiting.push(name.to_string());
        let mut best = (Duration::ZERO, Vec::new());
        for before in &timing.waited_for {
            let candidate = longest(before, timings, memo, visiting);
            if candidate.0 > best.0 || best.1.is_empty() && !candidate.1.is_empty() && candidate.0 == best.0 {
                best = candidate;
            }
        }
        visiting.pop();
        let (length, mut chain) = best;
        chain.push(name.to_string());
        let result = (length + timing.own().unwrap_or_default(), chain);
        memo.insert(name.to_string(), result.clone());
        result
    }
    let mut memo = BTreeMap::new();
    let mut best = CriticalPath { chain: Vec::new(), length: Duration::ZERO, engine_starts: Duration::ZERO };
    for name in timings.keys() {
        let (length, chain) = longest(name, timings, &mut memo, &mut Vec::new());
        if length > best.length || best.chain.is_empty() {
            best = CriticalPath { chain, length, engine_starts: Duration::ZERO };
        }
    }
    best.engine_starts = best
        .chain
        .iter()
        .filter_map(|name| timings.get(name))
        .filter_map(|t| Some(t.started?.saturating_sub(t.gate_open?)))
        .sum();
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    fn timing(after: &[&str], started: u64, ready: u64) -> ServiceTiming {
        ServiceTiming {
            waited_for: after.iter().map(|s| s.to_string()).collect(),
            created: Some(ms(0)),
            gate_open: Some(ms(started.saturating_sub(50))),
            started: Some(ms(started)),
            ready: Some(ms(ready)),
        }
    }

    #[test]
    fn the_critical_path_is_the_slowest_chain_of_own_readiness() {
        // The default stack's shape: the emulator and Postgres side by side, the seed after
        // both, the backend after the seed and Redis, the storefront after the backend.
        let timings: BTreeMap<String, ServiceTiming> = [
            ("localstack", timing(&[], 100, 5_200)),
            ("postgres", timing(&[], 100, 2_360)),
            ("redis", timing(&[], 100, 150)),
            ("seed", timing(&["localstack", "postgres"], 5_250, 5_530)),
            ("backend", timing(&["seed", "redis", "postgres"], 5_600, 6_110)),
            ("storefront", timing(&["backend"], 6_200, 6_340)),
        ]
        .into_iter()
        .map(|(n, t)| (n.to_string(), t))
        .collect();
        let path = critical_path(&timings);
        assert_eq!(path.chain, ["localstack", "seed", "backend", "storefront"]);
        // 5.10 + 0.28 + 0.51 + 0.14: the gaps between them (gating, creating) are not in it.
        assert_eq!(path.length, ms(5_100 + 280 + 510 + 140));
        // Each of the four waited 50 ms from its gate to running: the engine's starts.
        assert_eq!(path.engine_starts, ms(4 * 50));
        // A run of 7 s spent the rest beyond both floors; a faster clock never goes negative.
        assert_eq!(path.overhead(ms(7_000)), ms(7_000 - 6_030 - 200));
        assert_eq!(path.overhead(ms(1_000)), Duration::ZERO);
    }

    #[test]
    fn a_service_not_yet_ready_weighs_nothing_and_unknown_names_are_ignored() {
        let mut waiting = timing(&["db", "elsewhere"], 300, 0);
        waiting.ready = None;
        let timings: BTreeMap<String, ServiceTiming> =
            [("db".to_string(), timing(&[], 0, 1_000)), ("app".to_string(), waiting)].into_iter().collect();
        let path = critical_path(&timings);
        assert_eq!(path.chain, ["db", "app"]);
        assert_eq!(path.length, ms(1_000));
        assert_eq!(timings["app"].own(), None);
    }

    #[test]
    fn nothing_timed_is_an_empty_path() {
        let path = critical_path(&BTreeMap::new());
        assert!(path.chain.is_empty());
        assert_eq!(path.length, Duration::ZERO);
    }
}

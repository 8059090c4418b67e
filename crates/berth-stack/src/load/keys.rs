//! The keys each section of a stack file accepts, and those berth knows but does not support.

/// `version` is informational (compose 1.x needs it); berth reads every version the same way.
pub(super) const TOP_KEYS: &[&str] =
    &["name", "version", "services", "networks", "volumes", "secrets", "configs", "seed", "x-berth"];
pub(super) const TOP_UNSUPPORTED: &[&str] = &["models"];
pub(super) const SERVICE_KEYS: &[&str] = &[
    "image",
    "build",
    "container_name",
    "command",
    "entrypoint",
    "environment",
    "env_file",
    "label_file",
    "ports",
    "volumes",
    "tmpfs",
    "depends_on",
    "healthcheck",
    "restart",
    "labels",
    "working_dir",
    "user",
    "networks",
    "profiles",
    "tty",
    "secrets",
    "configs",
    "probe",
    "emulator",
    "host_env",
    "x-berth",
];
/// Compose keys berth accepts but does not act on: each is named in a warning.
pub(super) const SERVICE_UNSUPPORTED: &[&str] = &[
    "annotations",
    "attach",
    "blkio_config",
    "cgroup",
    "cgroup_parent",
    "cpu_count",
    "cpu_percent",
    "cpu_period",
    "cpu_quota",
    "cpu_rt_period",
    "cpu_rt_runtime",
    "cpuset",
    "credential_spec",
    "device_cgroup_rules",
    "external_links",
    "gpus",
    "isolation",
    "mem_swappiness",
    "memswap_limit",
    "oom_kill_disable",
    "scale",
    "uts",
];
pub(super) const BUILD_KEYS: &[&str] =
    &["context", "dockerfile", "args", "target", "secrets", "cache_from", "labels", "pull", "no_cache"];
pub(super) const BUILD_UNSUPPORTED: &[&str] = &[
    "additional_contexts",
    "cache_to",
    "dockerfile_inline",
    "entitlements",
    "extra_hosts",
    "isolation",
    "network",
    "platforms",
    "privileged",
    "shm_size",
    "ssh",
    "tags",
    "ulimits",
];
pub(super) const HEALTHCHECK_KEYS: &[&str] =
    &["test", "interval", "timeout", "retries", "start_period", "start_interval", "disable"];
pub(super) const PORT_KEYS: &[&str] = &["target", "published", "host_ip", "protocol", "mode", "name", "app_protocol"];
pub(super) const VOLUME_KEYS: &[&str] =
    &["type", "source", "target", "read_only", "bind", "volume", "tmpfs", "consistency"];
pub(super) const DEPENDS_KEYS: &[&str] = &["condition", "required", "restart"];
pub(super) const NETWORK_DEF_KEYS: &[&str] =
    &["name", "driver", "external", "driver_opts", "attachable", "internal", "labels", "ipam", "enable_ipv6"];
pub(super) const VOLUME_DEF_KEYS: &[&str] = &["name", "driver", "external", "driver_opts", "labels"];
/// Keys of network and volume definitions berth does not act on yet: named in a warning.
pub(super) const DEFINITION_UNSUPPORTED: &[&str] = &[];

pub(super) const SERVICE_NETWORK_KEYS: &[&str] = &["aliases", "ipv4_address", "ipv6_address", "priority"];
pub(super) const SERVICE_NETWORK_UNSUPPORTED: &[&str] =
    &["link_local_ips", "mac_address", "driver_opts", "gw_priority"];
pub(super) const X_BERTH_TOP_KEYS: &[&str] = &["seed", "name", "engine", "registry"];
pub(super) const X_BERTH_SERVICE_KEYS: &[&str] = &["probe", "emulator", "host_env"];

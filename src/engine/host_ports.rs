//! Is a host port free, and if not, who holds it: a stranger process, another container, or
//! the stack itself. Asked before anything is created.

use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, UdpSocket};

use bollard::models::ContainerSummary;
use bollard::query_parameters::ListContainersOptions;

use super::{labels, BusyPort, ContainerState, Engine, EngineError};
use crate::stack::{Protocol, Stack};

/// True when nothing on this machine holds `port` on `ip`.
pub fn is_free(ip: Option<&str>, port: u16, protocol: Protocol) -> bool {
    let ip: IpAddr = ip.and_then(|s| s.parse().ok()).unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    let addr = SocketAddr::new(ip, port);
    match protocol {
        Protocol::Tcp => TcpListener::bind(addr).is_ok(),
        Protocol::Udp => UdpSocket::bind(addr).is_ok(),
        // The standard library has no SCTP socket: the engine reports a clash when it binds.
        Protocol::Sctp => true,
    }
}

/// The process listening on a TCP port, as "name (pid N)", from /proc (Linux; None elsewhere or without permission).
pub fn tcp_holder(port: u16) -> Option<String> {
    let inode = ["/proc/net/tcp", "/proc/net/tcp6"]
        .iter()
        .filter_map(|f| std::fs::read_to_string(f).ok())
        .find_map(|table| listening_inode(&table, port))?;
    let needle = format!("socket:[{inode}]");
    for entry in std::fs::read_dir("/proc").ok()?.flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(|s| s.parse::<u32>().ok()) else {
            continue;
        };
        let Ok(fds) = std::fs::read_dir(entry.path().join("fd")) else {
            continue;
        };
        let holds = fds.flatten().any(|fd| std::fs::read_link(fd.path()).is_ok_and(|t| t.to_string_lossy() == needle));
        if holds {
            let name = std::fs::read_to_string(entry.path().join("comm")).unwrap_or_default();
            return Some(format!("{} (pid {pid})", name.trim()));
        }
    }
    None
}

/// The socket inode of a LISTEN entry for `port` in a /proc/net/tcp table.
fn listening_inode(table: &str, port: u16) -> Option<String> {
    const LISTEN: &str = "0A";
    table.lines().skip(1).find_map(|line| {
        let cols: Vec<&str> = line.split_whitespace().collect();
        let local_port = cols.get(1)?.rsplit(':').next()?;
        let matches = u16::from_str_radix(local_port, 16).ok()? == port && *cols.get(3)? == LISTEN;
        matches.then(|| cols.get(9).map(|s| s.to_string())).flatten()
    })
}

impl Engine {
    /// Host ports the selected services publish that something other than the stack's own containers holds.
    pub async fn busy_ports(
        &self,
        stack: &Stack,
        selected: &[String],
        existing: &[ContainerSummary],
    ) -> Result<Vec<BusyPort>, EngineError> {
        let ours = |port: u16| {
            existing.iter().any(|c| {
                ContainerState::of(c) == ContainerState::Running
                    && c.ports.iter().flatten().any(|p| p.public_port == Some(port))
            })
        };
        let running = self
            .docker
            .list_containers(Some(ListContainersOptions::default()))
            .await
            .map_err(EngineError::docker("list running containers"))?;
        // A container of ours still being started (by an earlier berth that was killed, say) may
        // hold its ports before the engine lists them: it is ours, not a stranger.
        let starting = |service: &str| {
            existing.iter().any(|c| {
                labels::service_of(c) == Some(service)
                    && matches!(ContainerState::of(c), ContainerState::Created | ContainerState::Restarting)
            })
        };
        let mut busy = Vec::new();
        for svc in stack.services.iter().filter(|s| selected.contains(&s.name)) {
            for p in &svc.ports {
                // A host range is the engine's to choose a free port from: nothing to check ahead.
                let (Some(port), None) = (p.host_port, p.host_port_last) else { continue };
                if ours(port) || starting(&svc.name) {
                    continue;
                }
                let other = running.iter().find(|c| c.ports.iter().flatten().any(|cp| cp.public_port == Some(port)));
                let holder = if let Some(c) = other {
                    let name = c.names.as_ref().and_then(|n| n.first()).map(|n| n.trim_start_matches('/').to_string());
                    Some(format!("container '{}'", name.unwrap_or_default()))
                } else if self.is_local && !is_free(p.host_ip.as_deref(), port, p.protocol) {
                    Some(tcp_holder(port).unwrap_or_else(|| "another process".into()))
                } else {
                    continue;
                };
                busy.push(BusyPort { service: svc.name.clone(), port, holder });
            }
        }
        // Two of the services being started claim one port: the engine would refuse the second
        // after the first is up. Said before anything is created instead.
        for shared in crate::stack::validate::shared_host_ports(stack, |s| selected.iter().any(|n| n == s)) {
            busy.push(BusyPort {
                service: shared.service.to_string(),
                port: shared.port.host_port.unwrap_or_default(),
                holder: Some(format!(
                    "service '{}' of this stack (line {}): start one of the two, or publish another port",
                    shared.first, shared.first_pos.line
                )),
            });
        }
        Ok(busy)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_listening_inode() {
        let table = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n   0: 0100007F:1538 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 12345 1 0000000000000000 100 0 0 10 0\n   1: 0100007F:1538 0100007F:D2F0 01 00000000:00000000 00:00000000 00000000     0        0 999 1\n";
        assert_eq!(listening_inode(table, 5432).as_deref(), Some("12345"));
        assert_eq!(listening_inode(table, 80), None);
    }

    #[test]
    fn a_bound_port_is_busy_and_names_its_holder() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        assert!(!is_free(Some("127.0.0.1"), port, Protocol::Tcp));
        let holder = tcp_holder(port).expect("holder found in /proc");
        assert!(holder.contains(&format!("pid {}", std::process::id())), "{holder}");
        drop(listener);
        assert!(is_free(Some("127.0.0.1"), port, Protocol::Tcp));
    }
}

//! compose's `up --scale SERVICE=NUM` applied to a loaded stack: 0 leaves the service out
//! (its dependants no longer wait for it, as compose's do not); on a Swarm any number is the
//! service's replica count; on one engine berth runs one container per service, so more
//! than one is refused rather than silently run as one.

use super::deploy::EngineKind;
use super::load::Loaded;

/// One `--scale` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scale {
    pub service: String,
    pub count: u32,
}

impl Scale {
    /// `SERVICE=NUM`, with compose's words for what is wrong.
    pub fn parse(text: &str) -> Result<Scale, String> {
        let Some((service, count)) = text.split_once('=').filter(|(service, _)| !service.is_empty()) else {
            return Err(format!("invalid --scale option \"{text}\". Should be SERVICE=NUM"));
        };
        let count = count
            .trim()
            .parse::<u32>()
            .map_err(|_| format!("invalid --scale option \"{text}\": '{count}' is not a whole number of containers"))?;
        Ok(Scale { service: service.to_string(), count })
    }
}

impl Loaded {
    /// Applies the scales; the names of the services scaled to 0, whose containers the caller
    /// removes. An unknown service or a count this engine cannot run is an error, and then
    /// nothing is changed.
    pub fn scale(&mut self, scales: &[Scale]) -> Result<Vec<String>, String> {
        for scale in scales {
            if self.stack.service(&scale.service).is_none() {
                return Err(format!("no such service: {}", scale.service));
            }
            if scale.count > 1 && self.stack.engine == EngineKind::Containers {
                return Err(format!(
                    "--scale {}={}: berth runs one container per service on one engine; \
                     run several with `--engine swarm`, or give another service the same image",
                    scale.service, scale.count
                ));
            }
        }
        let mut removed = Vec::new();
        for scale in scales {
            match scale.count {
                0 => {
                    let Some(at) = self.stack.services.iter().position(|s| s.name == scale.service) else { continue };
                    let service = self.stack.services.remove(at);
                    for other in &mut self.stack.services {
                        other.depends_on.retain(|d| d.service != service.name);
                    }
                    removed.push(service.name.clone());
                    // Its containers still belong to the stack: `ps`, `logs` and `down` see them.
                    self.disabled.push(service);
                }
                count => {
                    if let Some(service) = self.stack.services.iter_mut().find(|s| s.name == scale.service) {
                        service.runtime.deploy.replicas = Some(count);
                    }
                }
            }
        }
        Ok(removed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loaded(engine: &str) -> Loaded {
        let text = format!(
            "name: shop\nservices:\n  db:\n    image: postgres\n  api:\n    image: api\n    depends_on: [db]\nx-berth:\n  engine: {engine}\n"
        );
        let vars = crate::interpolate::Vars::default();
        crate::load_str(&text, std::path::Path::new("compose.yaml"), std::path::Path::new("."), &vars)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn parse_takes_service_equals_count_and_words_errors_as_compose() {
        assert_eq!(Scale::parse("api=2"), Ok(Scale { service: "api".into(), count: 2 }));
        assert_eq!(Scale::parse("api").unwrap_err(), "invalid --scale option \"api\". Should be SERVICE=NUM");
        assert!(Scale::parse("api=x").unwrap_err().contains("'x' is not a whole number"));
        assert!(Scale::parse("api=-1").is_err());
        assert_eq!(Scale::parse("=3").unwrap_err(), "invalid --scale option \"=3\". Should be SERVICE=NUM");
    }

    #[test]
    fn zero_leaves_the_service_out_and_its_dependants_stop_waiting_for_it() {
        let mut l = loaded("containers");
        let removed = l.scale(&[Scale { service: "db".into(), count: 0 }]).unwrap();
        assert_eq!(removed, ["db"]);
        assert!(l.stack.service("db").is_none());
        assert!(l.stack.service("api").unwrap().depends_on.is_empty());
        assert_eq!(l.disabled.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["db"]);
    }

    #[test]
    fn more_than_one_is_refused_on_one_engine_and_is_the_replica_count_on_a_swarm() {
        let mut one = loaded("containers");
        let err = one.scale(&[Scale { service: "api".into(), count: 3 }]).unwrap_err();
        assert!(err.contains("one container per service") && err.contains("--engine swarm"), "{err}");
        assert!(one.scale(&[Scale { service: "api".into(), count: 1 }]).unwrap().is_empty());
        let mut swarm = loaded("swarm");
        swarm.scale(&[Scale { service: "api".into(), count: 3 }]).unwrap();
        assert_eq!(swarm.stack.service("api").unwrap().runtime.deploy.replicas, Some(3));
    }

    #[test]
    fn an_unknown_service_changes_nothing() {
        let mut l = loaded("containers");
        let scales = [Scale { service: "db".into(), count: 0 }, Scale { service: "nope".into(), count: 1 }];
        assert_eq!(l.scale(&scales).unwrap_err(), "no such service: nope");
        assert!(l.stack.service("db").is_some());
    }
}

//! Riding out an engine that stops answering for a while (a daemon restarting, a remote
//! engine's network dropping): requests that never reached it are sent again with backoff,
//! and the user is told the engine went away and came back — never that a service failed.

use std::future::Future;
use std::time::{Duration, Instant};

use tokio::sync::mpsc;

use super::events::{Event, StackEvent};

/// How long berth waits for an engine that stopped answering: long enough for a daemon to
/// restart, short enough that a dead engine is reported well before `up`'s own timeout.
pub const ENGINE_OUTAGE_LIMIT: Duration = Duration::from_secs(60);

/// True when the engine gave no answer: the connection was refused, missing, or broke before
/// an answer came. Sending the request again is safe for what berth sends this way: a second
/// removal answers 404 and a second create 409 (both handled where they are sent), a second
/// start 304, and lists and inspections change nothing.
pub fn no_answer(e: &bollard::errors::Error) -> bool {
    matches!(e, bollard::errors::Error::HyperLegacyError { .. } | bollard::errors::Error::IOError { .. })
}

/// Sends `request` until the engine answers it (with success or its own error), waiting 100 ms
/// doubling to 2 s between tries, for up to [`ENGINE_OUTAGE_LIMIT`]. `action` names the request
/// in the notices sent on `events`: one when the engine goes away, one when it is back.
pub async fn patiently<T, F, Fut>(
    action: &str,
    events: Option<&mpsc::Sender<Event>>,
    mut request: F,
) -> Result<T, bollard::errors::Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, bollard::errors::Error>>,
{
    let mut away_since: Option<Instant> = None;
    let mut delay = Duration::from_millis(100);
    loop {
        match request().await {
            Err(e) if no_answer(&e) => {
                let since = *away_since.get_or_insert_with(|| {
                    if let Some(events) = events {
                        let _ = events.try_send(Event::Stack(StackEvent::EngineAway { action: action.to_string() }));
                    }
                    Instant::now()
                });
                if since.elapsed() >= ENGINE_OUTAGE_LIMIT {
                    return Err(e);
                }
                tokio::time::sleep(delay).await;
                delay = (delay * 2).min(Duration::from_secs(2));
            }
            answered => {
                if let (Some(since), Some(events)) = (away_since, events) {
                    let _ = events.try_send(Event::Stack(StackEvent::EngineBack { after: since.elapsed() }));
                }
                return answered;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_request_the_engine_did_not_answer_is_sent_again() {
        let refused = bollard::errors::Error::IOError { err: std::io::ErrorKind::ConnectionRefused.into() };
        let reset = bollard::errors::Error::IOError { err: std::io::ErrorKind::ConnectionReset.into() };
        assert!(no_answer(&refused) && no_answer(&reset));
        // The engine answered: its answer stands, whatever it is; a slow answer is not an outage.
        let said = bollard::errors::Error::DockerResponseServerError { status_code: 500, message: "boom".into() };
        assert!(!no_answer(&said) && !no_answer(&bollard::errors::Error::RequestTimeoutError));
    }
}

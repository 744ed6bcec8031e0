//! Limits per client on what employees use (the API, their pages and the
//! static assets), high enough that an office behind one NAT address never
//! meets them and low enough that a flood does (docs/operations.md, "Limits
//! per client", has the figures behind them). HR's pages have their own
//! sign-in limits; `/healthz` is for the operator's monitoring.
//!
//! Two token buckets per address: every request takes one from the first;
//! a request the API refuses (an unknown code, a bad signature: any 4xx)
//! takes one from the second as well. Addresses are kept in memory only,
//! never logged, and forgotten once their buckets are full again.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{Error, HttpResponse, web};

/// A bucket's size and how fast it fills again.
#[derive(Debug, Clone, Copy)]
pub struct Rate {
    pub burst: f64,
    pub per_second: f64,
}

/// Every request: a burst of 600 and 20 a second (1,200 a minute).
pub const REQUESTS: Rate = Rate {
    burst: 600.0,
    per_second: 20.0,
};
/// Refused requests: a burst of 100 and 2 a second.
pub const REFUSALS: Rate = Rate {
    burst: 100.0,
    per_second: 2.0,
};
/// The employee's pages and the static assets, served from memory: a first
/// visit fetches about twenty files, so a burst of 5,000 and 100 a second
/// (an office of 250 at once, then 300 more a minute).
pub const FILES: Rate = Rate {
    burst: 5000.0,
    per_second: 100.0,
};
/// How long a request over the limit waits for its 429.
const TARPIT: Duration = Duration::from_secs(1);
/// Addresses remembered at most; beyond it, those with full buckets go.
const MAX_CLIENTS: usize = 100_000;

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

impl Bucket {
    fn refill(&mut self, rate: Rate, now: Instant) {
        let elapsed = now.duration_since(self.at).as_secs_f64();
        self.tokens = (self.tokens + elapsed * rate.per_second).min(rate.burst);
        self.at = now;
    }

    fn full(rate: Rate, now: Instant) -> Self {
        Bucket {
            tokens: rate.burst,
            at: now,
        }
    }
}

/// The API's buckets and, apart, those of the pages and static files.
pub struct ClientLimits {
    api: Table,
    files: Table,
}

impl Default for ClientLimits {
    fn default() -> Self {
        ClientLimits {
            api: Table::new(REQUESTS, REFUSALS),
            files: Table::new(FILES, REFUSALS),
        }
    }
}

impl ClientLimits {
    /// The same rates for the API and the files (the fuzz targets' limits).
    pub fn new(requests: Rate, refusals: Rate) -> Self {
        ClientLimits {
            api: Table::new(requests, refusals),
            files: Table::new(requests, refusals),
        }
    }
}

/// Each address's buckets, for one kind of request.
struct Table {
    requests: Rate,
    refusals: Rate,
    clients: Mutex<HashMap<IpAddr, (Bucket, Bucket)>>,
}

impl Table {
    fn new(requests: Rate, refusals: Rate) -> Self {
        Table {
            requests,
            refusals,
            clients: Mutex::new(HashMap::new()),
        }
    }

    /// Takes a request's token; `Err` with how long until there is one.
    fn admit(&self, client: IpAddr, now: Instant) -> Result<(), Duration> {
        let (requests, refusals) = (self.requests, self.refusals);
        let mut clients = self.clients.lock().unwrap_or_else(PoisonError::into_inner);
        if clients.len() >= MAX_CLIENTS && !clients.contains_key(&client) {
            clients.retain(|_, (r, f)| {
                r.refill(requests, now);
                f.refill(refusals, now);
                r.tokens < requests.burst || f.tokens < refusals.burst
            });
        }
        let (request, refusal) = clients
            .entry(client)
            .or_insert_with(|| (Bucket::full(requests, now), Bucket::full(refusals, now)));
        request.refill(requests, now);
        refusal.refill(refusals, now);
        let wait = |b: &Bucket, rate: Rate| {
            Duration::from_secs_f64((1.0 - b.tokens).max(0.0) / rate.per_second)
        };
        if request.tokens < 1.0 || refusal.tokens < 1.0 {
            return Err(wait(request, requests).max(wait(refusal, refusals)));
        }
        request.tokens -= 1.0;
        Ok(())
    }

    fn refused(&self, client: IpAddr) {
        let mut clients = self.clients.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((_, refusal)) = clients.get_mut(&client) {
            refusal.tokens -= 1.0;
        }
    }
}

/// Whether requests for `path` count against their client's limits.
fn limited(path: &str) -> bool {
    !(path.starts_with("/admin") || path == "/healthz")
}

pub async fn limit_clients(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    let limits = req.app_data::<web::Data<ClientLimits>>().cloned();
    let (Some(limits), true) = (limits, limited(req.path())) else {
        return next
            .call(req)
            .await
            .map(ServiceResponse::map_into_left_body);
    };
    let client = req
        .peer_addr()
        .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |a| a.ip());
    let limits = if req.path().starts_with("/api/") {
        &limits.api
    } else {
        &limits.files
    };
    if let Err(wait) = limits.admit(client, Instant::now()) {
        // Answered after a pause: a client over its limit that asks again
        // at once gets nowhere faster, and a flood from it costs the server
        // one timer per request instead of its CPU (measured: another
        // employee's issuance went from 2–3 times slower to unchanged).
        tokio::time::sleep(TARPIT).await;
        let seconds = wait.as_secs().max(1);
        let response = HttpResponse::build(StatusCode::TOO_MANY_REQUESTS)
            .insert_header((header::RETRY_AFTER, seconds.to_string()))
            .json(serde_json::json!({
                "error": "too_many_requests",
                "message": format!("too many requests from this address; try again in {seconds} seconds"),
            }));
        return Ok(req.into_response(response).map_into_right_body());
    }
    let response = next.call(req).await?;
    if response.status().is_client_error() {
        limits.refused(client);
    }
    Ok(response.map_into_left_body())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: Rate = Rate {
        burst: 3.0,
        per_second: 1.0,
    };

    #[test]
    fn the_api_pages_and_assets_are_limited_hrs_pages_and_the_health_check_are_not() {
        for path in [
            "/api/v1/invites",
            "/",
            "/s/abc",
            "/assets/style.css",
            "/favicon.ico",
        ] {
            assert!(limited(path), "{path}");
        }
        for path in ["/admin", "/admin/sign-in", "/healthz"] {
            assert!(!limited(path), "{path}");
        }
    }

    #[test]
    fn a_burst_passes_then_the_rate_holds() {
        let limits = Table::new(ONE, REFUSALS);
        let (client, now) = (IpAddr::from([10, 0, 0, 1]), Instant::now());
        for _ in 0..3 {
            assert!(limits.admit(client, now).is_ok());
        }
        assert_eq!(limits.admit(client, now), Err(Duration::from_secs(1)));
        assert!(limits.admit(IpAddr::from([10, 0, 0, 2]), now).is_ok());
        assert!(limits.admit(client, now + Duration::from_secs(1)).is_ok());
    }

    #[test]
    fn refusals_run_out_sooner_than_requests() {
        let limits = Table::new(REQUESTS, ONE);
        let (client, now) = (IpAddr::from([10, 0, 0, 1]), Instant::now());
        for _ in 0..3 {
            assert!(limits.admit(client, now).is_ok());
            limits.refused(client);
        }
        assert!(limits.admit(client, now).is_err());
    }
}

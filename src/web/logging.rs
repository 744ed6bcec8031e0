//! One log line per request: method, route template, status, duration.
//!
//! Deliberately not actix's `Logger`, whose default format records the
//! client's IP address and the full request line (rule P3). The route
//! template (`/api/v1/surveys/{id}/tokens`) is logged, never the path.

use std::time::Instant;

use actix_web::Error;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;

pub async fn log_request(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let started = Instant::now();
    let method = req.method().clone();
    let result = next.call(req).await;
    // Asked after routing, the route is a lookup; asked before, it is a
    // second regex match of the path against every route (seen in profiles).
    let (route, status) = match &result {
        Ok(response) => (response.request().match_pattern(), response.status()),
        Err(error) => (None, error.as_response_error().status_code()),
    };
    let route = route.unwrap_or_else(|| "<unmatched>".to_owned());
    tracing::info!(
        method = %method,
        route = %route,
        status = status.as_u16(),
        duration_ms = format_args!("{:.2}", started.elapsed().as_secs_f64() * 1000.0),
        "request"
    );
    result
}

//! A deadline for the request body, and `HEAD` as `GET`.
//!
//! actix answers 408 to slow *headers* on its own (after 5 s), but a body
//! sent a byte every few seconds would keep its connection, and a file
//! descriptor, for as long as the sender liked. So the body is read through
//! a stream that fails once the request's deadline has passed: the
//! extractor reading it gets a time-out error, the handler answers 408
//! (JSON on the API, a page elsewhere), and since the body was not read to
//! its end the connection is closed.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use actix_web::HttpMessage;
use actix_web::body::MessageBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::error::PayloadError;
use actix_web::middleware::Next;
use actix_web::{Error, web};
use bytes::Bytes;
use futures_util::Stream;
use tokio::time::{Instant, Sleep, sleep_until};

use crate::config::Settings;

pub async fn deadline(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    if let Some(limit) = req
        .app_data::<web::Data<Settings>>()
        .map(|s| s.limits.request_timeout)
    {
        let body = req.take_payload();
        let timed = Timed {
            body,
            deadline: Box::pin(sleep_until(Instant::now() + limit)),
        };
        let stream: actix_http::BoxedPayloadStream = Box::pin(timed);
        req.set_payload(Payload::from(stream));
    }
    next.call(req).await
}

struct Timed {
    body: Payload,
    deadline: Pin<Box<Sleep>>,
}

impl Stream for Timed {
    type Item = Result<Bytes, PayloadError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if let Poll::Ready(item) = Pin::new(&mut self.body).poll_next(cx) {
            return Poll::Ready(item);
        }
        match self.deadline.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Some(Err(too_slow()))),
            Poll::Pending => Poll::Pending,
        }
    }
}

fn too_slow() -> PayloadError {
    PayloadError::Io(io::Error::new(
        io::ErrorKind::TimedOut,
        "the request body took too long to arrive",
    ))
}

/// Whether a body error is this deadline's.
pub fn timed_out(error: &PayloadError) -> bool {
    matches!(error, PayloadError::Io(e) if e.kind() == io::ErrorKind::TimedOut)
}

/// `HEAD` is `GET` without the body: uptime checkers use it. actix-http
/// leaves the body out of the answer to a HEAD request by itself.
pub async fn head_as_get(
    mut req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    if req.method() == actix_web::http::Method::HEAD {
        req.head_mut().method = actix_web::http::Method::GET;
    }
    next.call(req).await
}

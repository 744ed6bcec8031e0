//! The HTTP of the sign-in phase (sso.rs): one person's round trip through
//! Stemme and the provider, requests on keep-alive connections, each
//! client from an address of its own on loopback.

use std::net::SocketAddr;

use anyhow::{Context, bail};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::{self, SendRequest};
use hyper::{Method, Request};
use hyper_util::rt::TokioIo;
use serde_json::Value;
use tokio::net::TcpSocket;

use stemme::survey::SurveyId;

pub type Sender = SendRequest<Full<Bytes>>;

/// One person's round trip: Stemme's sign-in address, the provider, and
/// back; the pass from the fragment of the last redirect.
pub async fn sign_in_once(
    stemme: &mut Sender,
    server: SocketAddr,
    survey: &SurveyId,
) -> anyhow::Result<String> {
    let start = send(
        stemme,
        Method::GET,
        &format!("/s/{survey}/sign-in"),
        &[],
        None,
        303,
    )
    .await?;
    let cookie = start.cookie.context("no sign-in cookie")?;
    let authorize = url(&start.location)?;
    let mut provider = connect(authorize.0, 0).await?;
    let back = send(&mut provider, Method::GET, &authorize.1, &[], None, 302).await?;
    let callback = url(&back.location)?;
    if callback.0 != server {
        bail!("the provider sent the browser to {}", back.location);
    }
    let done = send(
        stemme,
        Method::GET,
        &callback.1,
        &[("cookie", &cookie)],
        None,
        303,
    )
    .await?;
    let pass = done.location.split("#code=").nth(1).context("no pass")?;
    Ok(pass.to_owned())
}

/// `http://127.0.0.1:port/path?query` as an address and a request target.
fn url(location: &str) -> anyhow::Result<(SocketAddr, String)> {
    let rest = location.strip_prefix("http://").context("not http")?;
    let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    Ok((authority.parse()?, path.to_owned()))
}

pub struct Answer {
    pub location: String,
    pub cookie: Option<String>,
}

pub async fn send(
    sender: &mut Sender,
    method: Method,
    target: &str,
    headers: &[(&str, &str)],
    json: Option<Value>,
    expect: u16,
) -> anyhow::Result<Answer> {
    let mut request = Request::builder()
        .method(method)
        .uri(target)
        .header("host", "127.0.0.1")
        .header("content-type", "application/json");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let body = json.map_or_else(Bytes::new, |j| Bytes::from(j.to_string()));
    sender
        .ready()
        .await
        .with_context(|| format!("before {target}"))?;
    let response = sender
        .send_request(request.body(Full::new(body))?)
        .await
        .with_context(|| target.to_owned())?;
    let header = |name| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let answer = Answer {
        location: header("location").unwrap_or_default(),
        cookie: header("set-cookie").and_then(|c| c.split(';').next().map(str::to_owned)),
    };
    let status = response.status().as_u16();
    let text = response.into_body().collect().await?.to_bytes();
    if status != expect {
        bail!(
            "{target} answered {status}: {}",
            String::from_utf8_lossy(&text)
        );
    }
    Ok(answer)
}

/// Each client from an address of its own on loopback, as load.rs does.
pub async fn connect(server: SocketAddr, index: usize) -> anyhow::Result<Sender> {
    let socket = TcpSocket::new_v4()?;
    let last = u8::try_from(2 + index % 250)?;
    socket.bind(SocketAddr::from(([127, 0, 0, last], 0)))?;
    let stream = socket.connect(server).await?;
    stream.set_nodelay(true)?;
    let (sender, connection) = http1::handshake(TokioIo::new(stream)).await?;
    tokio::spawn(connection);
    Ok(sender)
}

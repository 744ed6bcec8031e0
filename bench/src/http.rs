//! A few plain HTTP/1.1 requests as a signed-in HR browser makes them: a
//! form post, a GET with the session cookie. One connection per request.

use std::net::SocketAddr;

use anyhow::Context;
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::header::{CONTENT_TYPE, COOKIE, HOST, SET_COOKIE};
use hyper::{Method, Request};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

pub struct Client {
    address: SocketAddr,
}

pub struct Response {
    pub status: u16,
    pub set_cookie: Option<String>,
    pub body: Bytes,
}

impl Response {
    /// The value of the hidden input `name`.
    pub fn hidden_field(&self, name: &str) -> Option<String> {
        let page = std::str::from_utf8(&self.body).ok()?;
        let marker = format!("name=\"{name}\" value=\"");
        let rest = page.split(&marker).nth(1)?;
        Some(rest.split('"').next()?.to_owned())
    }
}

impl Client {
    pub fn new(address: SocketAddr) -> Client {
        Client { address }
    }

    async fn send(
        &self,
        method: Method,
        path: &str,
        cookie: Option<&str>,
        form: Option<String>,
    ) -> anyhow::Result<Response> {
        let stream = TcpStream::connect(self.address).await?;
        let (mut sender, connection) =
            hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
        tokio::spawn(connection);
        let mut request = Request::builder()
            .method(method)
            .uri(path)
            .header(HOST, self.address.to_string());
        if let Some(cookie) = cookie {
            request = request.header(COOKIE, cookie);
        }
        let body = match form {
            Some(form) => {
                request = request.header(CONTENT_TYPE, "application/x-www-form-urlencoded");
                Bytes::from(form)
            }
            None => Bytes::new(),
        };
        let response = sender.send_request(request.body(Full::new(body))?).await?;
        let status = response.status().as_u16();
        let set_cookie = response
            .headers()
            .get(SET_COOKIE)
            .and_then(|v| v.to_str().ok())
            .map(|v| v.split(';').next().unwrap_or_default().to_owned());
        let body = response.into_body().collect().await?.to_bytes();
        Ok(Response {
            status,
            set_cookie,
            body,
        })
    }

    /// Signs in; the session cookie to send with later requests.
    pub async fn sign_in(&self, user: &str, password: &str) -> anyhow::Result<String> {
        let form = format!("username={user}&password={}", password.replace(' ', "+"));
        let response = self
            .send(Method::POST, "/admin/sign-in", None, Some(form))
            .await?;
        response
            .set_cookie
            .with_context(|| format!("signing in answered {} without a cookie", response.status))
    }

    pub async fn get(&self, path: &str, cookie: &str) -> anyhow::Result<Response> {
        self.send(Method::GET, path, Some(cookie), None).await
    }

    /// A GET without a session, as a health probe makes it.
    pub async fn get_anonymous(&self, path: &str) -> anyhow::Result<Response> {
        self.send(Method::GET, path, None, None).await
    }

    pub async fn post_form(
        &self,
        path: &str,
        cookie: &str,
        form: String,
    ) -> anyhow::Result<Response> {
        self.send(Method::POST, path, Some(cookie), Some(form))
            .await
    }
}

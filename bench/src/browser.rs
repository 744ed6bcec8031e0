//! One employee's device as the benchmark plays it: up to six kept-alive
//! HTTP/1.1 connections from an address of its own, as a browser opens
//! them; `Accept-Encoding: gzip, deflate, br`; a cache that keeps what the
//! server allows; and a count of the requests made and the bytes received.
//!
//! A page's files are found as a browser finds them: the stylesheets, icons,
//! preloaded and loaded modules the page names, then whatever those modules
//! import, level by level. A repeat visit comes later than any short cache
//! lasts: a file cached for a day or more (`max-age`) is not asked for
//! again, any other is asked again, with `If-None-Match` if it had an ETag.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::net::{IpAddr, SocketAddr};

use anyhow::{Context, bail};
use bytes::Bytes;
use futures_util::future::try_join_all;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::{self, SendRequest};
use hyper::header::{
    ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_TYPE, ETAG, HOST, IF_NONE_MATCH,
};
use hyper::{HeaderMap, Method, Request, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpSocket;

type Sender = SendRequest<Full<Bytes>>;

/// A browser's parallel connections to one host.
const CONNECTIONS: usize = 6;

struct Cached {
    etag: Option<String>,
    /// Cached for a day or more: not asked for again.
    lasting: bool,
}

pub struct Device {
    server: SocketAddr,
    local: IpAddr,
    connections: Vec<Sender>,
    cache: HashMap<String, Cached>,
    pub requests: usize,
    pub bytes: u64,
}

/// What a fetch brought back.
struct Fetched {
    path: String,
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl Device {
    pub fn new(server: SocketAddr, local: IpAddr) -> Device {
        Device {
            server,
            local,
            connections: Vec::new(),
            cache: HashMap::new(),
            requests: 0,
            bytes: 0,
        }
    }

    /// Closes the connections (a visit ends), keeping the cache.
    pub fn leave(&mut self) {
        self.connections.clear();
        (self.requests, self.bytes) = (0, 0);
    }

    async fn connect(&self) -> anyhow::Result<Sender> {
        let socket = TcpSocket::new_v4()?;
        socket.bind(SocketAddr::new(self.local, 0))?;
        let stream = socket.connect(self.server).await?;
        stream.set_nodelay(true)?;
        let (sender, connection) = http1::handshake(TokioIo::new(stream)).await?;
        tokio::spawn(connection);
        Ok(sender)
    }

    /// The page at `path` and every file it needs, as a browser loads them.
    pub async fn load_page(&mut self, path: &str) -> anyhow::Result<()> {
        if self.connections.is_empty() {
            self.connections.push(self.connect().await?);
        }
        let page = self.fetch_all(vec![path.to_owned()]).await?;
        let html = page.first().map(decoded).transpose()?.unwrap_or_default();
        let mut seen = HashSet::new();
        let mut wanted = named_files(&html);
        while !wanted.is_empty() {
            wanted.retain(|p| seen.insert(p.clone()));
            let fetched = self.fetch_all(std::mem::take(&mut wanted)).await?;
            for file in fetched
                .iter()
                .filter(|f| f.path.ends_with(".mjs") && !f.body.is_empty())
            {
                wanted.extend(imports(&file.path, &decoded(file)?));
            }
        }
        Ok(())
    }

    /// Fetches `paths` over up to six connections side by side; files
    /// cached for good are not asked for.
    async fn fetch_all(&mut self, paths: Vec<String>) -> anyhow::Result<Vec<Fetched>> {
        let asked: Vec<(String, Option<String>)> = paths
            .into_iter()
            .filter(|p| !self.cache.get(p).is_some_and(|c| c.lasting))
            .map(|p| {
                let etag = self.cache.get(&p).and_then(|c| c.etag.clone());
                (p, etag)
            })
            .collect();
        while self.connections.len() < CONNECTIONS.min(asked.len()) {
            self.connections.push(self.connect().await?);
        }
        let mut shares: Vec<Vec<(String, Option<String>)>> =
            vec![Vec::new(); self.connections.len()];
        let ways = shares.len().max(1);
        for (i, item) in asked.into_iter().enumerate() {
            shares[i % ways].push(item);
        }
        let connections = std::mem::take(&mut self.connections);
        let done = try_join_all(connections.into_iter().zip(shares).map(get_each)).await?;
        let mut fetched = Vec::new();
        for (sender, files) in done {
            self.connections.push(sender);
            fetched.extend(files);
        }
        for file in &fetched {
            self.count(file);
            if file.status == StatusCode::NOT_MODIFIED {
                continue;
            }
            if file.status != StatusCode::OK {
                bail!("GET {} answered {}", file.path, file.status);
            }
            self.cache.insert(file.path.clone(), cached(&file.headers));
        }
        Ok(fetched)
    }

    /// A JSON `POST` on the first connection; its answer's body.
    pub async fn post(
        &mut self,
        path: &str,
        body: Bytes,
        expect: StatusCode,
    ) -> anyhow::Result<Bytes> {
        if self.connections.is_empty() {
            self.connections.push(self.connect().await?);
        }
        let request = Request::builder()
            .method(Method::POST)
            .uri(path)
            .header(HOST, "127.0.0.1")
            .header(CONTENT_TYPE, "application/json")
            .body(Full::new(body))?;
        let sender = &mut self.connections[0];
        sender.ready().await?;
        let response = sender.send_request(request).await?;
        let (head, body) = response.into_parts();
        let file = Fetched {
            path: path.to_owned(),
            status: head.status,
            headers: head.headers,
            body: body.collect().await?.to_bytes(),
        };
        self.count(&file);
        if file.status != expect {
            bail!(
                "POST {path} answered {}: {}",
                file.status,
                String::from_utf8_lossy(&file.body)
            );
        }
        Ok(file.body)
    }

    /// Counts a response: its status line, headers and body, as sent.
    fn count(&mut self, file: &Fetched) {
        let headers: usize = file
            .headers
            .iter()
            .map(|(name, value)| name.as_str().len() + value.len() + 4)
            .sum();
        self.requests += 1;
        self.bytes += (17 + headers + 2 + file.body.len()) as u64;
    }
}

/// Sends each `GET` on one connection in turn.
async fn get_each(
    (mut sender, paths): (Sender, Vec<(String, Option<String>)>),
) -> anyhow::Result<(Sender, Vec<Fetched>)> {
    let mut fetched = Vec::with_capacity(paths.len());
    for (path, etag) in paths {
        let mut request = Request::builder()
            .uri(path.as_str())
            .header(HOST, "127.0.0.1")
            .header(ACCEPT_ENCODING, "gzip, deflate, br");
        if let Some(etag) = etag {
            request = request.header(IF_NONE_MATCH, etag);
        }
        sender.ready().await?;
        let response = sender
            .send_request(request.body(Full::new(Bytes::new()))?)
            .await?;
        let (head, body) = response.into_parts();
        fetched.push(Fetched {
            path,
            status: head.status,
            headers: head.headers,
            body: body.collect().await?.to_bytes(),
        });
    }
    Ok((sender, fetched))
}

fn cached(headers: &HeaderMap) -> Cached {
    let control = headers
        .get(CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let max_age = control
        .split(',')
        .find_map(|d| d.trim().strip_prefix("max-age="))
        .and_then(|v| v.parse::<u64>().ok())
        .unwrap_or(0);
    Cached {
        etag: headers
            .get(ETAG)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned),
        lasting: max_age >= 86_400 && !control.contains("no-store"),
    }
}

/// The body as text, whatever its encoding.
fn decoded(file: &Fetched) -> anyhow::Result<String> {
    let coding = file
        .headers
        .get(CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let mut text = String::new();
    match coding {
        "gzip" => {
            flate2::read::GzDecoder::new(&file.body[..]).read_to_string(&mut text)?;
        }
        "br" => {
            brotli::Decompressor::new(&file.body[..], 4096).read_to_string(&mut text)?;
        }
        _ => text = String::from_utf8(file.body.to_vec()).context("a body that is not UTF-8")?,
    }
    Ok(text)
}

/// The files a page names in its `<link>` and `<script>` elements.
fn named_files(html: &str) -> Vec<String> {
    let mut files = Vec::new();
    for element in html
        .split('<')
        .filter(|e| e.starts_with("link ") || e.starts_with("script "))
    {
        for attribute in ["href=\"", "src=\""] {
            if let Some(value) = element
                .split(attribute)
                .nth(1)
                .and_then(|v| v.split('"').next())
                && value.starts_with("/assets/")
            {
                files.push(value.replace("&amp;", "&"));
            }
        }
    }
    files
}

/// The modules a module at `path` imports (`… from "./NAME";`).
fn imports(path: &str, source: &str) -> Vec<String> {
    let directory = path.rsplit_once('/').map_or("", |(d, _)| d);
    source
        .split(" from \"./")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|name| format!("{directory}/{name}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pages_files_and_a_modules_imports_are_found() {
        let html = r#"<link rel="stylesheet" href="/assets/style.1.css"><link rel="modulepreload" href="/assets/js/a.1.mjs"><script type="module" src="/assets/js/s.1.mjs"></script><a href="/anonymity">"#;
        assert_eq!(
            named_files(html),
            [
                "/assets/style.1.css",
                "/assets/js/a.1.mjs",
                "/assets/js/s.1.mjs"
            ]
        );
        let source = "import { x } from \"./b.mjs\";\nimport * as v from \"./c.2.mjs\";";
        assert_eq!(
            imports("/assets/js/a.mjs", source),
            ["/assets/js/b.mjs", "/assets/js/c.2.mjs"]
        );
    }
}

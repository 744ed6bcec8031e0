//! One request at a time: a connection's next request is read only once
//! the last one is being answered.
//!
//! actix-http decodes every complete request it finds in what it has read
//! (up to 128 KB) before it answers the first, and each decoded request
//! takes about 9 KB of memory: 20 connections that each sent 128 KB of
//! pipelined `GET`s, 3,855 requests apiece, took the server from 17 MB to
//! 497 MB, and 2,000 that pipelined 200 requests for a script and read
//! nothing took it to 3.5 GB. No browser pipelines. So this stream, between
//! the socket (or TLS) and actix-http, follows the framing of the requests
//! it passes on: a request's head and its body (by `Content-Length`) go
//! through at once; after a complete request, nothing more until the server
//! has written some of its answer. A connection thus holds at most two
//! requests, whatever its peer sends: one answered, one decoded.
//!
//! A body without a length (`Transfer-Encoding`) has no end this stream can
//! see: such a request is refused with 411 before its body is read, and its
//! connection closed (src/web/request_encoding.rs).

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll, Waker, ready};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// What is read from the socket at a time.
const READ_SIZE: usize = 8 * 1024;
/// Request heads longer than this are not followed; actix-http refuses
/// them (431) well before.
const MAX_HEAD: usize = 64 * 1024;
/// As many as actix-http accepts.
const MAX_HEADERS: usize = 96;

/// Where the stream is in the current request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Framing {
    /// Reading a head.
    Head,
    /// Reading a body with this many bytes still to come.
    Body(u64),
    /// A request is complete: the next waits for the server's answer.
    Answering,
}

/// Follows the requests in the bytes passed on.
struct Framer {
    framing: Framing,
    /// The head read so far (up to `MAX_HEAD`).
    head: Vec<u8>,
}

impl Framer {
    /// How many bytes at the front of `bytes` may be passed on now,
    /// moving the framing along with them.
    fn passable(&mut self, bytes: &[u8]) -> usize {
        match self.framing {
            Framing::Answering => 0,
            Framing::Body(left) => {
                let n = usize::try_from(left).map_or(bytes.len(), |left| left.min(bytes.len()));
                let left = left - n as u64;
                self.framing = if left == 0 {
                    Framing::Answering
                } else {
                    Framing::Body(left)
                };
                n
            }
            Framing::Head => {
                let before = self.head.len();
                if before >= MAX_HEAD {
                    // Not followed: actix-http refuses such a head.
                    return bytes.len();
                }
                let searched = before.saturating_sub(3);
                self.head.extend_from_slice(bytes);
                let Some(end) = find_end_of_head(&self.head[searched..]) else {
                    return bytes.len();
                };
                let end = searched + end;
                self.framing = match body_length(&self.head[..end]) {
                    Some(0) | None => Framing::Answering,
                    Some(length) => Framing::Body(length),
                };
                self.head.clear();
                end - before
            }
        }
    }
}

pub struct Paced<T> {
    inner: T,
    framer: Framer,
    /// Bytes read from `inner`; those in `start..end` not yet passed on.
    unread: Vec<u8>,
    start: usize,
    end: usize,
    /// The reader waiting for an answer to be written.
    reader: Option<Waker>,
}

impl<T> Paced<T> {
    pub fn new(inner: T) -> Self {
        Paced {
            inner,
            framer: Framer {
                framing: Framing::Head,
                head: Vec::new(),
            },
            unread: Vec::new(),
            start: 0,
            end: 0,
            reader: None,
        }
    }
}

/// The index just past the empty line that ends a head, if there is one:
/// `\r\n\r\n`, or bare line feeds, which actix-http accepts too (else a
/// peer could pipeline past this stream with them).
fn find_end_of_head(bytes: &[u8]) -> Option<usize> {
    bytes.iter().enumerate().find_map(|(at, &b)| {
        if b != b'\n' {
            return None;
        }
        match bytes.get(at + 1..) {
            Some([b'\n', ..]) => Some(at + 2),
            Some([b'\r', b'\n', ..]) => Some(at + 3),
            _ => None,
        }
    })
}

/// The length of the body a request head announces: `Some(0)` for none,
/// `None` where it cannot be told (no valid head, or `Transfer-Encoding`),
/// in which case the request is answered without its body being read.
fn body_length(head: &[u8]) -> Option<u64> {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut request = httparse::Request::new(&mut headers);
    if !matches!(request.parse(head), Ok(httparse::Status::Complete(_))) {
        return None;
    }
    let mut length = Some(0);
    for header in request.headers.iter() {
        if header.name.eq_ignore_ascii_case("transfer-encoding") {
            return None;
        }
        if header.name.eq_ignore_ascii_case("content-length") {
            length = std::str::from_utf8(header.value)
                .ok()
                .and_then(|v| v.trim().parse().ok());
        }
    }
    length
}

impl<T: AsyncRead + Unpin> AsyncRead for Paced<T> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = &mut *self;
        if buf.remaining() == 0 {
            return Poll::Ready(Ok(()));
        }
        loop {
            if this.framer.framing == Framing::Answering {
                // Woken by the first write of the answer.
                this.reader = Some(cx.waker().clone());
                return Poll::Pending;
            }
            if this.start == this.end {
                this.unread.resize(READ_SIZE, 0);
                let mut read = ReadBuf::new(&mut this.unread);
                ready!(Pin::new(&mut this.inner).poll_read(cx, &mut read))?;
                (this.start, this.end) = (0, read.filled().len());
                if this.end == 0 {
                    return Poll::Ready(Ok(()));
                }
            }
            let room = buf.remaining().min(this.end - this.start);
            let unread = &this.unread[this.start..this.start + room];
            let n = this.framer.passable(unread);
            if n > 0 {
                buf.put_slice(&unread[..n]);
                this.start += n;
                return Poll::Ready(Ok(()));
            }
        }
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for Paced<T> {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let written = ready!(Pin::new(&mut self.inner).poll_write(cx, buf))?;
        if written > 0 && self.framer.framing == Framing::Answering {
            self.framer.framing = Framing::Head;
            if let Some(reader) = self.reader.take() {
                reader.wake();
            }
        }
        Poll::Ready(Ok(written))
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn framer() -> Framer {
        Framer {
            framing: Framing::Head,
            head: Vec::new(),
        }
    }

    #[test]
    fn one_request_at_a_time_passes_whatever_follows_it() {
        let mut f = framer();
        let two = b"GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /a HTTP/1.1\r\n\r\n";
        let first = f.passable(two);
        assert_eq!(&two[..first], b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        assert_eq!(f.framing, Framing::Answering);
        assert_eq!(f.passable(&two[first..]), 0, "nothing until the answer");
    }

    #[test]
    fn a_body_goes_with_its_head_and_a_head_may_come_in_pieces() {
        let mut f = framer();
        let start = b"POST / HTTP/1.1\r\nContent-Length: 5\r";
        assert_eq!(f.passable(start), start.len());
        assert_eq!(f.framing, Framing::Head);
        assert_eq!(f.passable(b"\n\r\nab"), 3, "the head's end");
        assert_eq!(f.framing, Framing::Body(5));
        assert_eq!(f.passable(b"ab"), 2);
        assert_eq!(f.passable(b"cdeGET"), 3);
        assert_eq!(f.framing, Framing::Answering);
    }

    #[test]
    fn bare_line_feeds_end_a_head_too_and_a_chunked_body_waits_for_the_answer() {
        let mut f = framer();
        let head = b"GET / HTTP/1.1\nHost: x\n\n";
        assert_eq!(f.passable(&[&head[..], b"GET /"].concat()), head.len());
        assert_eq!(f.framing, Framing::Answering);
        let mut f = framer();
        let chunked = b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n";
        assert_eq!(f.passable(chunked), chunked.len() - 3);
        assert_eq!(f.framing, Framing::Answering);
    }
}

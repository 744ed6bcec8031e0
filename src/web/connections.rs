//! What one connection, and one source address, may hold of the server.
//!
//! - **Connections per source**: an IPv4 address, or an IPv6 /64 (one
//!   host can use any address of its /64), may hold at most
//!   `--max-connections-per-address` connections at once, well below the
//!   global cap; one more is closed as soon as it is accepted, before any
//!   TLS handshake. Without it, 6,000 slow bodies from one address that
//!   reconnected as soon as they were closed kept the server at its cap,
//!   and `/healthz` failed.
//! - **A peer that does not read**: once the kernel accepts none of a
//!   connection's answer for `--send-timeout`, the connection is closed.
//!   Nothing else timed out a peer that pipelined requests and never read
//!   the answers: 2,000 of them held the server for good.
//! - **Its socket**: `TCP_NODELAY`, so a small answer after the first on a
//!   kept-alive connection is not held back by Nagle's algorithm waiting for
//!   the client's delayed ACK (40 ms, on about half of them); and a fixed
//!   send buffer, so the kernel memory of a connection that does not read
//!   stays at `SEND_BUFFER` instead of growing to 4 MB (tcp_wmem).
//!
//! Addresses are kept in memory only, as counts, and never logged.

use std::collections::HashMap;
use std::io;
use std::net::IpAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll, ready};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::time::{Sleep, sleep};

/// The kernel's send buffer of each connection (it doubles the figure for
/// its own bookkeeping). 64 KiB carries the largest page at once and keeps
/// 4,096 stalled connections to half a gigabyte of kernel memory at most.
pub const SEND_BUFFER: usize = 64 * 1024;

/// Counts the open connections of each source.
#[derive(Debug)]
pub struct PerSource {
    limit: usize,
    open: Mutex<HashMap<Source, usize>>,
}

/// An IPv4 address, or the /64 network of an IPv6 address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Source {
    V4(u32),
    V6Network(u64),
}

impl Source {
    fn of(address: IpAddr) -> Self {
        match address {
            IpAddr::V4(v4) => Source::V4(v4.to_bits()),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => Source::V4(v4.to_bits()),
                None => Source::V6Network((v6.to_bits() >> 64) as u64),
            },
        }
    }
}

impl PerSource {
    pub fn new(limit: usize) -> Arc<Self> {
        Arc::new(PerSource {
            limit: limit.max(1),
            open: Mutex::new(HashMap::new()),
        })
    }

    /// A place for one more connection from `address`, if its source has one.
    pub fn admit(self: &Arc<Self>, address: IpAddr) -> Option<Slot> {
        let source = Source::of(address);
        let mut open = self.open.lock().unwrap_or_else(PoisonError::into_inner);
        let count = open.entry(source).or_insert(0);
        if *count >= self.limit {
            return None;
        }
        *count += 1;
        Some(Slot {
            owner: Arc::clone(self),
            source,
        })
    }

    #[cfg(test)]
    fn sources(&self) -> usize {
        self.open
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }
}

/// One connection's place in its source's count, given back when dropped.
#[derive(Debug)]
pub struct Slot {
    owner: Arc<PerSource>,
    source: Source,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut open = self
            .owner
            .open
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = open.get_mut(&self.source) {
            *count -= 1;
            if *count == 0 {
                open.remove(&self.source);
            }
        }
    }
}

/// Sets the socket options every accepted connection gets.
pub fn tune(stream: &TcpStream) -> io::Result<()> {
    stream.set_nodelay(true)?;
    socket2::SockRef::from(stream).set_send_buffer_size(SEND_BUFFER)
}

/// An accepted connection: its socket, its place in its source's count, and
/// a deadline that runs while the peer accepts none of what is written.
pub struct Connection {
    stream: TcpStream,
    _slot: Slot,
    send_timeout: Duration,
    /// Armed when a write would block; disarmed by any progress.
    stalled: Option<Pin<Box<Sleep>>>,
}

impl Connection {
    pub fn new(stream: TcpStream, slot: Slot, send_timeout: Duration) -> Self {
        Connection {
            stream,
            _slot: slot,
            send_timeout,
            stalled: None,
        }
    }

    /// A write that would block: waits, but not past the stall's deadline.
    fn blocked(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<usize>> {
        let timeout = self.send_timeout;
        let stalled = self.stalled.get_or_insert_with(|| Box::pin(sleep(timeout)));
        ready!(stalled.as_mut().poll(cx));
        Poll::Ready(Err(io::Error::new(
            io::ErrorKind::TimedOut,
            "the peer read nothing of the answer in time",
        )))
    }

    fn progressed(&mut self) {
        self.stalled = None;
    }
}

impl AsyncRead for Connection {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_read(cx, buf)
    }
}

impl AsyncWrite for Connection {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match Pin::new(&mut self.stream).poll_write(cx, buf) {
            Poll::Pending => self.blocked(cx),
            Poll::Ready(written) => {
                self.progressed();
                Poll::Ready(written)
            }
        }
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_holds_at_most_its_limit_and_gets_places_back_as_connections_end() {
        let limits = PerSource::new(2);
        let (a, b) = (IpAddr::from([10, 0, 0, 1]), IpAddr::from([10, 0, 0, 2]));

        let first = limits.admit(a).unwrap();
        let _second = limits.admit(a).unwrap();
        assert!(limits.admit(a).is_none());
        assert!(
            limits.admit(b).is_some(),
            "another address is not counted with it"
        );
        drop(first);
        assert!(limits.admit(a).is_some());
    }

    #[test]
    fn an_ipv6_slash_64_is_one_source_and_a_mapped_ipv4_address_is_its_ipv4_address() {
        let limits = PerSource::new(1);
        let one: IpAddr = "2001:db8:1:2::1".parse().unwrap();
        let same_network: IpAddr = "2001:db8:1:2:ffff::9".parse().unwrap();
        let other_network: IpAddr = "2001:db8:1:3::1".parse().unwrap();

        let _held = limits.admit(one).unwrap();
        assert!(limits.admit(same_network).is_none());
        assert!(limits.admit(other_network).is_some());

        let _v4 = limits.admit(IpAddr::from([192, 0, 2, 1])).unwrap();
        let mapped: IpAddr = "::ffff:192.0.2.1".parse().unwrap();
        assert!(limits.admit(mapped).is_none());
    }

    #[test]
    fn a_source_with_no_connections_is_forgotten() {
        let limits = PerSource::new(3);
        let slot = limits.admit(IpAddr::from([10, 0, 0, 1])).unwrap();
        assert_eq!(limits.sources(), 1);
        drop(slot);
        assert_eq!(limits.sources(), 0);
    }
}

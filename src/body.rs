//! The request body as handlers see it: decoded and counted against the route's limit while it
//! streams in, so that no request holds more than its route allows, whatever it declares.
//!
//! - Each route's limit is known before a byte is read: routes whose OpenAPI request body takes
//!   a file (CSV, XLSX) have the upload limit (`LIENHIEP_UPLOAD_LIMIT`), every other route the
//!   JSON limit (`LIENHIEP_JSON_LIMIT`), forms and anonymous routes included. A declared
//!   `Content-Length` over it is refused before reading; a body that grows past it while
//!   streaming stops there. Either way `413`.
//! - `Content-Encoding: gzip` (or `x-gzip`) and `deflate` bodies are decoded here, in small
//!   steps, and the *decoded* bytes are counted against the same limit (a 60 KiB body that
//!   expands to 60 MiB is a `413` after 1 MiB on a JSON route). Handlers see the decoded body
//!   and no `Content-Encoding`. Any other coding is a `415` with `Accept-Encoding`. A body that
//!   is not valid in its coding is a `400`.

use std::cell::Cell;
use std::io::Write;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use actix_web::error::PayloadError;
use actix_web::http::header::{HeaderMap, CONTENT_ENCODING};
use actix_web::web::Bytes;
use futures_util::Stream;

/// What went wrong with a body while it streamed in; the middleware answers for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyFault {
    /// The body (decoded) grew past the route's limit.
    TooLarge,
    /// The body is not valid in its `Content-Encoding`.
    BadEncoding,
}

/// The content codings a request body may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coding {
    /// As sent.
    Identity,
    /// gzip (RFC 1952).
    Gzip,
    /// "deflate": zlib (RFC 1950), as HTTP defines it.
    Deflate,
}

/// The codings accepted, for `Accept-Encoding` on a `415`.
pub const ACCEPTED_CODINGS: &str = "gzip, deflate, identity";

/// The body's coding from its `Content-Encoding` header; `Err` with the header's text when it
/// is none we decode (several codings stacked included).
pub fn coding(headers: &HeaderMap) -> Result<Coding, String> {
    let mut found = Coding::Identity;
    for value in headers.get_all(CONTENT_ENCODING) {
        let text = value.to_str().map_err(|_| "(not text)".to_owned())?;
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let this = match part.to_ascii_lowercase().as_str() {
                "identity" => continue,
                "gzip" | "x-gzip" => Coding::Gzip,
                "deflate" => Coding::Deflate,
                _ => return Err(text.to_owned()),
            };
            if found != Coding::Identity {
                return Err(text.to_owned());
            }
            found = this;
        }
    }
    Ok(found)
}

/// Input fed to a decoder at a time: one step can expand at most about a thousandfold, so the
/// decoded bytes between two checks stay near a quarter of a megabyte.
const DECODE_STEP: usize = 256;

/// Decoded bytes handed on at a time (give or take one step's worth): a small compressed chunk
/// that expands a lot comes out in pieces, never whole.
const PIECE: usize = 256 * 1024;

/// Where decoded bytes go: kept until passed on, refused past the limit.
struct Sink {
    out: Vec<u8>,
    total: u64,
    limit: u64,
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.total = self.total.saturating_add(buf.len() as u64);
        if self.total > self.limit {
            return Err(std::io::Error::other(OVER_LIMIT));
        }
        self.out.extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

const OVER_LIMIT: &str = "over the body limit";

enum Decoder {
    Identity,
    Gzip(Box<flate2::write::GzDecoder<Sink>>),
    Deflate(Box<flate2::write::ZlibDecoder<Sink>>),
}

impl Decoder {
    fn new(coding: Coding, limit: u64) -> Self {
        let sink = Sink { out: Vec::new(), total: 0, limit };
        match coding {
            Coding::Identity => Decoder::Identity,
            Coding::Gzip => Decoder::Gzip(Box::new(flate2::write::GzDecoder::new(sink))),
            Coding::Deflate => Decoder::Deflate(Box::new(flate2::write::ZlibDecoder::new(sink))),
        }
    }

    /// Decodes from the front of `input` until [`PIECE`] bytes have come out or the input is
    /// used up; what came out (nothing for identity: its chunks are passed on as they are), or
    /// the fault.
    fn feed(&mut self, input: &mut Bytes) -> Result<Bytes, BodyFault> {
        fn run<W: Write>(writer: &mut W, out: impl Fn(&mut W) -> usize, input: &mut Bytes) -> Result<(), BodyFault> {
            while !input.is_empty() && out(writer) < PIECE {
                let step = input.split_to(input.len().min(DECODE_STEP));
                writer.write_all(&step).map_err(fault_of)?;
            }
            Ok(())
        }
        match self {
            Decoder::Identity => Ok(Bytes::new()),
            Decoder::Gzip(d) => {
                run(d.as_mut(), |d| d.get_ref().out.len(), input)?;
                Ok(Bytes::from(std::mem::take(&mut d.get_mut().out)))
            }
            Decoder::Deflate(d) => {
                run(d.as_mut(), |d| d.get_ref().out.len(), input)?;
                Ok(Bytes::from(std::mem::take(&mut d.get_mut().out)))
            }
        }
    }

    /// Ends the body: what the decoder still held, or the fault of a truncated stream.
    fn finish(&mut self) -> Result<Bytes, BodyFault> {
        match self {
            Decoder::Identity => Ok(Bytes::new()),
            Decoder::Gzip(d) => {
                d.try_finish().map_err(fault_of)?;
                Ok(Bytes::from(std::mem::take(&mut d.get_mut().out)))
            }
            Decoder::Deflate(d) => {
                d.try_finish().map_err(fault_of)?;
                Ok(Bytes::from(std::mem::take(&mut d.get_mut().out)))
            }
        }
    }
}

fn fault_of(e: std::io::Error) -> BodyFault {
    if e.get_ref().is_some_and(|inner| inner.to_string() == OVER_LIMIT) {
        BodyFault::TooLarge
    } else {
        BodyFault::BadEncoding
    }
}

/// A request body counted against `limit` (sent bytes and decoded bytes alike) and decoded
/// from its coding. A fault ends the stream with an error and is recorded in `fault`.
pub struct BoundedBody<S> {
    inner: S,
    /// Received bytes not yet decoded.
    pending: Bytes,
    decoder: Decoder,
    received: u64,
    limit: u64,
    fault: Rc<Cell<Option<BodyFault>>>,
    done: bool,
}

impl<S> BoundedBody<S> {
    /// Wraps `inner`; faults are recorded in `fault`.
    pub fn new(inner: S, coding: Coding, limit: u64, fault: Rc<Cell<Option<BodyFault>>>) -> Self {
        BoundedBody {
            inner,
            pending: Bytes::new(),
            decoder: Decoder::new(coding, limit),
            received: 0,
            limit,
            fault,
            done: false,
        }
    }

    fn fail(&mut self, fault: BodyFault) -> Poll<Option<Result<Bytes, PayloadError>>> {
        self.done = true;
        self.fault.set(Some(fault));
        let error = match fault {
            BodyFault::TooLarge => PayloadError::Overflow,
            BodyFault::BadEncoding => {
                PayloadError::Io(std::io::Error::new(std::io::ErrorKind::InvalidData, "the body's coding is invalid"))
            }
        };
        Poll::Ready(Some(Err(error)))
    }
}

impl<S: Stream<Item = Result<Bytes, PayloadError>> + Unpin> Stream for BoundedBody<S> {
    type Item = Result<Bytes, PayloadError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            if self.done {
                return Poll::Ready(None);
            }
            if !self.pending.is_empty() {
                let mut pending = std::mem::take(&mut self.pending);
                let decoded = self.decoder.feed(&mut pending);
                self.pending = pending;
                match decoded {
                    Err(fault) => return self.fail(fault),
                    // Compressed input may not yet decode to anything: read on.
                    Ok(decoded) if decoded.is_empty() => continue,
                    Ok(decoded) => return Poll::Ready(Some(Ok(decoded))),
                }
            }
            match Pin::new(&mut self.inner).poll_next(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Some(Err(e))) => {
                    self.done = true;
                    return Poll::Ready(Some(Err(e)));
                }
                Poll::Ready(Some(Ok(chunk))) => {
                    self.received = self.received.saturating_add(chunk.len() as u64);
                    if self.received > self.limit {
                        return self.fail(BodyFault::TooLarge);
                    }
                    if matches!(self.decoder, Decoder::Identity) {
                        return Poll::Ready(Some(Ok(chunk)));
                    }
                    self.pending = chunk;
                }
                Poll::Ready(None) => {
                    self.done = true;
                    return match self.decoder.finish() {
                        Err(fault) => self.fail(fault),
                        Ok(rest) if rest.is_empty() => Poll::Ready(None),
                        Ok(rest) => Poll::Ready(Some(Ok(rest))),
                    };
                }
            }
        }
    }
}

/// Chunks in flight between the request and a blocking reader.
const IN_FLIGHT: usize = 4;

/// Runs `read` on a blocking thread over the request body as it streams in, as a
/// [`std::io::Read`]: a file is parsed while it arrives, and never held whole unless `read`
/// keeps it. A failed body (over its limit, too slow) is an I/O error to `read`; the
/// middleware answers for it. If `read` stops early, the rest of the body is left unread.
pub async fn read_streaming<T, F>(payload: actix_web::web::Payload, read: F) -> Result<T, std::io::Error>
where
    F: FnOnce(&mut dyn std::io::Read) -> T + Send + 'static,
    T: Send + 'static,
{
    use futures_util::StreamExt;
    let (sender, receiver) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(IN_FLIGHT);
    let (done, reading) = tokio::sync::oneshot::channel();
    readers().run(Box::new(move || {
        let mut reader = ChannelReader { receiver, current: Bytes::new() };
        let _ = done.send(read(&mut reader));
    }));
    let feeding = async move {
        let mut payload = payload;
        while let Some(chunk) = payload.next().await {
            let chunk = chunk.map_err(|e| std::io::Error::other(e.to_string()));
            let failed = chunk.is_err();
            if sender.send(chunk).await.is_err() || failed {
                break;
            }
        }
    };
    let (read, ()) = futures_util::future::join(reading, feeding).await;
    read.map_err(|_| std::io::Error::other("the reader stopped"))
}

/// Threads that read uploaded files, two of them. Files are read by these few threads rather
/// than by the general pool of blocking threads: what the allocator keeps of a thread's memory
/// after a file is read (it does not hand freed pages back at once) is then kept by two
/// threads, not by every thread that ever read a file. Uploads take turns anyway (two at once
/// by default, see `limits`); more readers at once wait for a thread.
struct Readers {
    jobs: std::sync::Mutex<std::sync::mpsc::Sender<Box<dyn FnOnce() + Send>>>,
}

const READER_THREADS: usize = 2;

impl Readers {
    fn run(&self, job: Box<dyn FnOnce() + Send>) {
        let sent = self.jobs.lock().unwrap_or_else(std::sync::PoisonError::into_inner).send(job);
        if let Err(std::sync::mpsc::SendError(job)) = sent {
            // No reader thread is left (none could be started): read on a thread of its own.
            std::thread::spawn(job);
        }
    }
}

fn readers() -> &'static Readers {
    static READERS: std::sync::OnceLock<Readers> = std::sync::OnceLock::new();
    READERS.get_or_init(|| {
        let (sender, receiver) = std::sync::mpsc::channel::<Box<dyn FnOnce() + Send>>();
        let receiver = std::sync::Arc::new(std::sync::Mutex::new(receiver));
        for i in 0..READER_THREADS {
            let receiver = receiver.clone();
            let started = std::thread::Builder::new().name(format!("file-reader-{i}")).spawn(move || loop {
                let job = receiver.lock().unwrap_or_else(std::sync::PoisonError::into_inner).recv();
                match job {
                    // A job that panics ends only itself.
                    Ok(job) => {
                        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                    }
                    Err(_) => break,
                }
            });
            if let Err(e) = started {
                tracing::error!(error = %e, "could not start a file reader thread");
            }
        }
        Readers { jobs: std::sync::Mutex::new(sender) }
    })
}

/// The reading end of [`read_streaming`].
struct ChannelReader {
    receiver: tokio::sync::mpsc::Receiver<Result<Bytes, std::io::Error>>,
    current: Bytes,
}

impl std::io::Read for ChannelReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        while self.current.is_empty() {
            match self.receiver.blocking_recv() {
                None => return Ok(0),
                Some(chunk) => self.current = chunk?,
            }
        }
        let n = buf.len().min(self.current.len());
        buf[..n].copy_from_slice(&self.current.split_to(n));
        Ok(n)
    }
}

/// A request body kept to be read a second time (the idempotency middleware hashes it before
/// the handler reads it): in memory up to `in_memory` bytes, beyond that in a file of the
/// data folder, unlinked as soon as it is made so that nothing is left behind whatever happens.
pub struct Spool {
    memory: Vec<u8>,
    file: Option<std::fs::File>,
    dir: std::path::PathBuf,
    in_memory: usize,
}

impl Spool {
    /// An empty spool that keeps up to `in_memory` bytes in memory, the rest in `dir`.
    pub fn new(dir: std::path::PathBuf, in_memory: usize) -> Self {
        Spool { memory: Vec::new(), file: None, dir, in_memory }
    }

    /// Adds the next piece of the body.
    pub fn push(&mut self, chunk: &[u8]) -> std::io::Result<()> {
        if self.file.is_none() && self.memory.len() + chunk.len() <= self.in_memory {
            self.memory.extend_from_slice(chunk);
            return Ok(());
        }
        if self.file.is_none() {
            let path = self.dir.join(format!(".body-{}.tmp", uuid::Uuid::new_v4()));
            let mut file = std::fs::OpenOptions::new().read(true).write(true).create_new(true).open(&path)?;
            // Unlinked at once: the open file lives on until it is dropped.
            std::fs::remove_file(&path)?;
            file.write_all(&self.memory)?;
            self.memory = Vec::new();
            self.file = Some(file);
        }
        match self.file.as_mut() {
            Some(file) => file.write_all(chunk),
            None => Ok(()),
        }
    }

    /// The body again, for the handler: from memory, or read back from the file in pieces.
    pub fn into_payload(self) -> std::io::Result<actix_web::dev::Payload> {
        use std::io::{Read, Seek};
        let Some(mut file) = self.file else {
            return Ok(actix_web::dev::Payload::from(Bytes::from(self.memory)));
        };
        file.seek(std::io::SeekFrom::Start(0))?;
        let pieces = futures_util::stream::unfold(Some(file), |file| async move {
            let mut file = file?;
            let mut piece = vec![0u8; 64 * 1024];
            match file.read(&mut piece) {
                Ok(0) => None,
                Ok(n) => {
                    piece.truncate(n);
                    Some((Ok(Bytes::from(piece)), Some(file)))
                }
                Err(e) => Some((Err(PayloadError::Io(e)), None)),
            }
        });
        Ok(actix_web::dev::Payload::Stream { payload: Box::pin(pieces) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::http::header::{HeaderName, HeaderValue};
    use futures_util::StreamExt;

    fn gzip(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        e.write_all(data).expect("gzip");
        e.finish().expect("gzip")
    }

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        e.write_all(data).expect("zlib");
        e.finish().expect("zlib")
    }

    /// Streams `chunks` through a bounded body; what came out, the fault, and the largest
    /// piece handed on at once.
    async fn drain(chunks: Vec<Vec<u8>>, coding: Coding, limit: u64) -> (Vec<u8>, Option<BodyFault>, usize) {
        let stream = futures_util::stream::iter(chunks.into_iter().map(|c| Ok::<_, PayloadError>(Bytes::from(c))));
        let fault = Rc::new(Cell::new(None));
        let mut body = BoundedBody::new(stream, coding, limit, fault.clone());
        let mut out = Vec::new();
        let mut largest = 0;
        while let Some(item) = body.next().await {
            match item {
                Ok(bytes) => {
                    largest = largest.max(bytes.len());
                    out.extend_from_slice(&bytes);
                }
                Err(_) => break,
            }
        }
        (out, fault.get(), largest)
    }

    fn headers(values: &[&str]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for v in values {
            map.append(HeaderName::from_static("content-encoding"), HeaderValue::from_str(v).expect("value"));
        }
        map
    }

    #[actix_web::test]
    async fn a_spooled_body_reads_back_whole_from_memory_or_disk() {
        let dir = std::env::temp_dir();
        let body: Vec<u8> = (0..300_000u32).flat_map(|i| i.to_le_bytes()).collect();
        for in_memory in [0, 1000, body.len()] {
            let mut spool = Spool::new(dir.clone(), in_memory);
            for chunk in body.chunks(7_000) {
                spool.push(chunk).expect("push");
            }
            let mut payload = spool.into_payload().expect("payload");
            let mut back = Vec::new();
            while let Some(piece) = payload.next().await {
                back.extend_from_slice(&piece.expect("piece"));
            }
            assert!(back == body, "kept {in_memory} bytes in memory");
        }
        let left: Vec<_> = std::fs::read_dir(&dir)
            .expect("dir")
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().starts_with(".body-"))
            .collect();
        assert!(left.is_empty(), "no file is left behind");
    }

    #[test]
    fn codings_are_read_from_the_header() {
        assert_eq!(coding(&headers(&[])), Ok(Coding::Identity));
        assert_eq!(coding(&headers(&["identity"])), Ok(Coding::Identity));
        assert_eq!(coding(&headers(&["GZIP"])), Ok(Coding::Gzip));
        assert_eq!(coding(&headers(&["x-gzip"])), Ok(Coding::Gzip));
        assert_eq!(coding(&headers(&["deflate"])), Ok(Coding::Deflate));
        assert_eq!(coding(&headers(&["identity, gzip"])), Ok(Coding::Gzip));
        assert!(coding(&headers(&["br"])).is_err());
        assert!(coding(&headers(&["gzip, gzip"])).is_err(), "stacked codings");
        assert!(coding(&headers(&["gzip", "deflate"])).is_err(), "stacked codings over two headers");
    }

    #[actix_web::test]
    async fn plain_bodies_pass_unchanged_up_to_the_limit_and_stop_past_it() {
        let (out, fault, _) = drain(vec![b"abc".to_vec(), b"def".to_vec()], Coding::Identity, 6).await;
        assert_eq!((out.as_slice(), fault), (&b"abcdef"[..], None));
        let (_, fault, _) = drain(vec![b"abc".to_vec(), b"defg".to_vec()], Coding::Identity, 6).await;
        assert_eq!(fault, Some(BodyFault::TooLarge));
    }

    #[actix_web::test]
    async fn gzip_and_deflate_bodies_are_decoded_in_any_chunking() {
        let text: Vec<u8> = (0..50_000u32).flat_map(|i| format!("{i},").into_bytes()).collect();
        for (coding, encoded) in [(Coding::Gzip, gzip(&text)), (Coding::Deflate, zlib(&text))] {
            for size in [1, 7, 1000, encoded.len()] {
                let chunks = encoded.chunks(size).map(<[u8]>::to_vec).collect();
                let (out, fault, _) = drain(chunks, coding, 1 << 20).await;
                assert_eq!(fault, None, "{coding:?} in chunks of {size}");
                assert!(out == text, "{coding:?} in chunks of {size}");
            }
        }
    }

    #[actix_web::test]
    async fn a_decompression_bomb_stops_at_the_limit_without_expanding_whole() {
        // 64 MiB of zeros compress to about 64 KiB: sent in one chunk.
        let bomb = gzip(&vec![0u8; 64 << 20]);
        assert!(bomb.len() < 100_000);
        let (out, fault, _) = drain(vec![bomb.clone()], Coding::Gzip, 1 << 20).await;
        assert_eq!(fault, Some(BodyFault::TooLarge));
        assert!(out.len() <= 1 << 20, "{} bytes handed on", out.len());
        // Under a large limit, the bomb comes out in pieces, none near its whole size.
        let (out, fault, largest) = drain(vec![bomb], Coding::Gzip, 128 << 20).await;
        assert_eq!((out.len(), fault), (64 << 20, None));
        assert!(largest <= PIECE + (2 << 20), "a piece of {largest} bytes");
    }

    #[actix_web::test]
    async fn invalid_and_truncated_encodings_are_faults() {
        let (_, fault, _) = drain(vec![b"not gzip at all".to_vec()], Coding::Gzip, 1 << 20).await;
        assert_eq!(fault, Some(BodyFault::BadEncoding));
        let whole = gzip(b"{\"name\": \"H\xe1\xbb\x99i\"}");
        let (_, fault, _) = drain(vec![whole[..whole.len() - 6].to_vec()], Coding::Gzip, 1 << 20).await;
        assert_eq!(fault, Some(BodyFault::BadEncoding), "truncated");
        let (_, fault, _) = drain(vec![b"\x78\x9c\xff\xff".to_vec()], Coding::Deflate, 1 << 20).await;
        assert_eq!(fault, Some(BodyFault::BadEncoding));
    }
}

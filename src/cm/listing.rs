//! Reading a list of requests, element by element as the body arrives, so
//! the reading overlaps the transfer; one request the desk cannot read is
//! skipped and named instead of failing the whole list.

use serde::Deserialize;
use serde::de::IgnoredAny;

use super::types::Request;

mod unreadable;
pub use unreadable::UnreadableRequest;

/// The requests the server listed: those read, and those that could not be.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RequestListing {
    pub requests: Vec<Request>,
    pub unreadable: Vec<UnreadableRequest>,
}

/// Reads a whole list body; an error means it is not a JSON list at all
/// (the words go after "got").
pub fn read_list_body(body: &[u8]) -> Result<RequestListing, String> {
    let mut reader = ListReader::new();
    reader.feed(body)?;
    reader.finish()
}

/// How much of a body is gathered before it is read: a chunk boundary
/// splits one element, which is read again once the rest arrives, so
/// reading every small network chunk would read many elements twice.
const READ_BATCH: usize = 64 * 1024;

/// Largest element of a list: a request is a few kB, and one fetched alone
/// may be no larger than an object's body. An element that grows past
/// this is refused there and then, so a server that never ends one costs
/// a megabyte or two, not the list's whole cap.
const ELEMENT_CAP: usize = super::http::OBJECT_BODY_CAP as usize;

/// Where the reader is in the top-level JSON value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    /// Nothing but white space seen yet.
    Start,
    /// Inside `[ … ]`, between elements.
    Array,
    /// The body is one object, not a list: a server's list of one.
    LoneObject,
    /// After the closing `]` or the lone object.
    Done,
}

/// What came of reading the element at the front of the unread bytes.
enum Element {
    /// It was read (or named as unreadable) and took this many bytes.
    Took(usize),
    /// It does not end within the bytes there are yet.
    Incomplete,
}

/// Reads a JSON list of requests chunk by chunk, as it arrives: each
/// complete element is read at once, so reading overlaps the transfer.
pub struct ListReader {
    stage: Stage,
    /// Bytes not read yet: the start of an element that has not ended, and
    /// what arrived after it.
    unread: Vec<u8>,
    /// How long `unread` must be before an element that did not end in it
    /// is tried again: twice as long as at the last try (up to the cap), so
    /// one large element costs a few passes over itself, not one per chunk.
    retry_at: usize,
    listing: RequestListing,
    /// Elements seen so far, read or not.
    seen: usize,
    /// Elements read or tried, counted for the tests.
    #[cfg(test)]
    tries: usize,
}

impl Default for ListReader {
    fn default() -> Self {
        Self::new()
    }
}

impl ListReader {
    pub fn new() -> Self {
        Self {
            stage: Stage::Start,
            unread: Vec::new(),
            retry_at: READ_BATCH,
            listing: RequestListing::default(),
            seen: 0,
            #[cfg(test)]
            tries: 0,
        }
    }

    /// Reads one chunk of the body; an error means the body is not a JSON
    /// list at all (the words go after "got").
    pub fn feed(&mut self, chunk: &[u8]) -> Result<(), String> {
        if self.unread.len() + chunk.len() < self.retry_at {
            self.unread.extend_from_slice(chunk);
            return Ok(());
        }
        // Finish what was kept back, copying only as much of this chunk as
        // that takes (in doubling steps); the rest is read in place.
        let mut copied = 0;
        while !self.unread.is_empty() {
            if copied == chunk.len() {
                self.retry_at = self.next_try();
                return Ok(());
            }
            let step = self.unread.len().max(4096).min(chunk.len() - copied);
            self.unread.extend_from_slice(&chunk[copied..copied + step]);
            copied += step;
            self.read_unread(false)?;
            if self.unread.len() <= copied {
                // What is left began in this chunk: read it from there.
                copied -= self.unread.len();
                self.unread.clear();
            }
        }
        let rest = &chunk[copied..];
        let read = self.read_complete_elements(rest, false)?;
        self.unread.extend_from_slice(&rest[read..]);
        self.retry_at = self.next_try();
        Ok(())
    }

    /// How long `unread` must grow before it is tried again: twice as long,
    /// or just past the cap, where an element that still has not ended is
    /// refused.
    fn next_try(&self) -> usize {
        (2 * self.unread.len()).clamp(READ_BATCH, ELEMENT_CAP + 1)
    }

    /// The listing, once the whole body has been fed.
    pub fn finish(mut self) -> Result<RequestListing, String> {
        self.read_unread(true)?;
        match self.stage {
            Stage::Start => Err("an empty body".to_owned()),
            Stage::Done => Ok(self.listing),
            Stage::Array | Stage::LoneObject => Err(broke_off()),
        }
    }

    /// Reads what was kept back, and keeps what still has not ended.
    fn read_unread(&mut self, at_end: bool) -> Result<(), String> {
        let mut unread = std::mem::take(&mut self.unread);
        let read = self.read_complete_elements(&unread, at_end)?;
        unread.drain(..read);
        self.unread = unread; // its capacity takes the next chunk
        Ok(())
    }

    /// Reads every element of `unread` that has fully arrived; returns how
    /// many bytes that took.
    fn read_complete_elements(&mut self, unread: &[u8], at_end: bool) -> Result<usize, String> {
        // Checked as UTF-8 once here rather than string by string inside
        // (a tenth of the time); a batch with a bad byte is read as bytes,
        // so serde names the element it is in.
        let text = match std::str::from_utf8(unread) {
            Ok(text) => Some(text),
            // Only a character cut off by the chunk's end: read up to it.
            Err(cut) if cut.error_len().is_none() => {
                std::str::from_utf8(&unread[..cut.valid_up_to()]).ok()
            }
            Err(_) => None,
        };
        let mut at = 0;
        while let Some(offset) = unread[at..].iter().position(|b| !b.is_ascii_whitespace()) {
            at += offset;
            let byte = unread[at];
            match (self.stage, byte) {
                (Stage::Start, b'[') => {
                    self.stage = Stage::Array;
                    at += 1;
                }
                (Stage::Start, b'{') => self.stage = Stage::LoneObject,
                (Stage::Array, b']') => {
                    self.stage = Stage::Done;
                    at += 1;
                }
                // Between elements (a stray comma is forgiven, as before).
                (Stage::Array, b',') => at += 1,
                (Stage::Array | Stage::LoneObject, b'{' | b'[') => {
                    let element = match text {
                        Some(text) => Unread::Text(text.get(at..).unwrap_or_default()),
                        None => Unread::Bytes(&unread[at..]),
                    };
                    match self.read_element(element, at_end)? {
                        Element::Took(length) if length > ELEMENT_CAP => {
                            return Err(too_large_element());
                        }
                        Element::Took(length) => at += length,
                        Element::Incomplete if unread.len() - at > ELEMENT_CAP => {
                            return Err(too_large_element());
                        }
                        Element::Incomplete => break,
                    }
                    if self.stage == Stage::LoneObject {
                        self.stage = Stage::Done;
                    }
                }
                // A number, a string or `null` as an element, or anything
                // after the list: not a list of requests.
                _ => return Err(not_a_list()),
            }
        }
        Ok(at)
    }

    /// Reads the element `unread` starts with: a request, or one named as
    /// unreadable when it is JSON but not a request the desk can read.
    fn read_element(&mut self, unread: Unread, at_end: bool) -> Result<Element, String> {
        #[cfg(test)]
        {
            self.tries += 1;
        }
        match unread.first_value::<Request>() {
            (Some(Ok(request)), length) => {
                self.seen += 1;
                self.listing.requests.push(request);
                Ok(Element::Took(length))
            }
            (Some(Err(error)), _) if error.is_eof() => incomplete(at_end),
            (Some(Err(error)), _) => self.skip_unreadable(unread, &error, at_end),
            (None, _) => incomplete(at_end),
        }
    }

    /// Names and skips an element that is JSON but not a request. Kept out
    /// of line: it is rare, and inlined it cost the path every request
    /// takes about 5 % (measured on a 10,000-request list).
    #[cold]
    #[inline(never)]
    fn skip_unreadable(
        &mut self,
        unread: Unread,
        error: &serde_json::Error,
        at_end: bool,
    ) -> Result<Element, String> {
        // Find where the element ends to skip it.
        match unread.first_value::<IgnoredAny>() {
            (Some(Ok(_)), length) => {
                self.seen += 1;
                let element = unread.bytes().get(..length).unwrap_or_default();
                self.listing
                    .unreadable
                    .push(UnreadableRequest::of(self.seen, element, error));
                Ok(Element::Took(length))
            }
            (Some(Err(error)), _) if error.is_eof() => incomplete(at_end),
            (None, _) => incomplete(at_end),
            (Some(Err(_)), _) => Err(not_a_list()),
        }
    }
}

/// The unread part of a body, known to be UTF-8 or not.
#[derive(Clone, Copy)]
enum Unread<'a> {
    Text(&'a str),
    Bytes(&'a [u8]),
}

impl<'a> Unread<'a> {
    /// The first JSON value, and the bytes it took.
    fn first_value<T: Deserialize<'a>>(self) -> (Option<serde_json::Result<T>>, usize) {
        fn first<'a, R: serde_json::de::Read<'a>, T: Deserialize<'a>>(
            reader: R,
        ) -> (Option<serde_json::Result<T>>, usize) {
            let mut values = serde_json::Deserializer::new(reader).into_iter::<T>();
            let value = values.next();
            (value, values.byte_offset())
        }
        match self {
            Unread::Text(text) => first(serde_json::de::StrRead::new(text)),
            Unread::Bytes(bytes) => first(serde_json::de::SliceRead::new(bytes)),
        }
    }

    fn bytes(self) -> &'a [u8] {
        match self {
            Unread::Text(text) => text.as_bytes(),
            Unread::Bytes(bytes) => bytes,
        }
    }
}

/// An element that has not ended: wait for more, unless the body has.
fn incomplete(at_end: bool) -> Result<Element, String> {
    if at_end {
        Err(broke_off())
    } else {
        Ok(Element::Incomplete)
    }
}

fn broke_off() -> String {
    "JSON it could not read (the list broke off before its end)".to_owned()
}

fn too_large_element() -> String {
    format!("a request larger than {} MiB", ELEMENT_CAP / (1024 * 1024))
}

fn not_a_list() -> String {
    "JSON it could not read (not a list of requests)".to_owned()
}

#[cfg(test)]
mod tests;

//! BER-TLV parsing and the card id (GUID) in the PIV CHUID container.

use uuid::Uuid;

use super::{CardError, GuidByteOrder};

/// One TLV element; `tag` holds the 1 to 3 tag bytes big-endian.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tlv<'a> {
    pub tag: u32,
    pub value: &'a [u8],
}

fn malformed(what: &str) -> CardError {
    CardError::Malformed(format!("bad TLV: {what}"))
}

/// Parses a flat sequence of BER-TLV elements (not recursing into values).
pub fn parse_tlvs(mut data: &[u8]) -> Result<Vec<Tlv<'_>>, CardError> {
    let mut out = Vec::new();
    while let Some((&first, rest)) = data.split_first() {
        let mut tag = u32::from(first);
        let mut rest = rest;
        // Low five bits all set: more tag bytes follow while bit 8 is set.
        if first & 0x1F == 0x1F {
            let mut count = 1;
            loop {
                let (&next, after) = rest
                    .split_first()
                    .ok_or_else(|| malformed("tag cut short"))?;
                count += 1;
                if count > 3 {
                    return Err(malformed("tag longer than 3 bytes"));
                }
                tag = (tag << 8) | u32::from(next);
                rest = after;
                if next & 0x80 == 0 {
                    break;
                }
            }
        }
        let (&len_byte, after) = rest
            .split_first()
            .ok_or_else(|| malformed("length missing"))?;
        rest = after;
        let len = match len_byte {
            0x00..=0x7F => usize::from(len_byte),
            0x81 => {
                let (&b, after) = rest
                    .split_first()
                    .ok_or_else(|| malformed("length cut short"))?;
                rest = after;
                usize::from(b)
            }
            0x82 => {
                let (bytes, after) = rest
                    .split_first_chunk::<2>()
                    .ok_or_else(|| malformed("length cut short"))?;
                rest = after;
                usize::from(u16::from_be_bytes(*bytes))
            }
            _ => return Err(malformed("unsupported length form")),
        };
        if rest.len() < len {
            return Err(malformed("value shorter than its length"));
        }
        let (value, after) = rest.split_at(len);
        out.push(Tlv { tag, value });
        data = after;
    }
    Ok(out)
}

/// Encodes one TLV (1-byte or multi-byte tag, short or long length); the
/// virtual card uses it to build its data objects.
pub fn encode_tlv(tag: u32, value: &[u8]) -> Vec<u8> {
    let mut out: Vec<u8> = tag
        .to_be_bytes()
        .into_iter()
        .skip_while(|&b| b == 0)
        .collect();
    if out.is_empty() {
        out.push(0);
    }
    match value.len() {
        len @ 0..=0x7F => out.push(len as u8),
        len @ 0x80..=0xFF => out.extend_from_slice(&[0x81, len as u8]),
        len => {
            let len = len.min(0xFFFF) as u16;
            out.push(0x82);
            out.extend_from_slice(&len.to_be_bytes());
        }
    }
    out.extend_from_slice(&value[..value.len().min(0xFFFF)]);
    out
}

/// Turns the 16 stored GUID bytes into a GUID in the chosen order.
pub fn guid_from_bytes(bytes: [u8; 16], order: GuidByteOrder) -> Uuid {
    match order {
        GuidByteOrder::Microsoft => Uuid::from_bytes_le(bytes),
        GuidByteOrder::Rfc4122 => Uuid::from_bytes(bytes),
    }
}

/// The card id from the GET DATA answer for the CHUID (`53 L { .. 34 10 guid .. }`).
/// No GUID or an all-zero GUID means the card id is unknown.
pub fn card_id_from_chuid(
    response: &[u8],
    order: GuidByteOrder,
) -> Result<Option<Uuid>, CardError> {
    let outer = parse_tlvs(response)?;
    let container = outer
        .iter()
        .find(|tlv| tlv.tag == 0x53)
        .ok_or_else(|| malformed("no CHUID container (tag 53)"))?;
    let inner = parse_tlvs(container.value)?;
    let Some(guid) = inner.iter().find(|tlv| tlv.tag == 0x34) else {
        return Ok(None);
    };
    let bytes: [u8; 16] = guid
        .value
        .try_into()
        .map_err(|_| malformed("GUID is not 16 bytes"))?;
    if bytes.iter().all(|&b| b == 0) {
        return Ok(None);
    }
    Ok(Some(guid_from_bytes(bytes, order)))
}

#[cfg(test)]
mod tests;

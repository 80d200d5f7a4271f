use super::*;

const GOOD_A: &str = r#"{"Uuid":"b5e2c0a1-3d4f-4a6b-8c9d-0e1f2a3b4c5d","RequestType":1,"Status":3,"Comment":"a \"quoted\" \\ brace } ]"}"#;
const GOOD_B: &str = r#"{"Uuid":"{C6E2C0A1-3D4F-4A6B-8C9D-0E1F2A3B4C5D}","RequestType":1,"Status":3,"DataCollection":[{"Name":"DisplayName","Value":"Ada"}]}"#;
const BAD_GUID: &str = r#"{"Uuid":"not-a-guid","RequestType":1,"Status":3}"#;
const BAD_TIME: &str = r#"{"Uuid":"d7e2c0a1-3d4f-4a6b-8c9d-0e1f2a3b4c5d","RequestType":1,"Status":3,"Submitted":"yesterday"}"#;

fn body() -> String {
    format!("[\n {GOOD_A},{BAD_GUID} ,\n{GOOD_B},{BAD_TIME}]\n")
}

fn read_in_chunks(body: &[u8], size: usize) -> Result<RequestListing, String> {
    let mut reader = ListReader::new();
    for chunk in body.chunks(size) {
        reader.feed(chunk)?;
    }
    reader.finish()
}

#[test]
fn bad_rows_are_skipped_and_named_whatever_the_chunking() {
    let body = body();
    let whole = read_in_chunks(body.as_bytes(), body.len()).unwrap();
    assert_eq!(whole.requests.len(), 2);
    assert_eq!(whole.requests[0].comment, r#"a "quoted" \ brace } ]"#);
    assert_eq!(whole.requests[1].data_item("DisplayName"), Some("Ada"));
    let [guid, time] = whole.unreadable.as_slice() else {
        panic!("two unreadable rows, got {:?}", whole.unreadable)
    };
    assert_eq!(guid.position, 2);
    assert_eq!(guid.id.as_deref(), Some("not-a-guid"));
    assert!(guid.reason.contains("expected a GUID"), "{guid}");
    assert_eq!(time.position, 4);
    assert_eq!(
        time.id.as_deref(),
        Some("d7e2c0a1-3d4f-4a6b-8c9d-0e1f2a3b4c5d")
    );
    assert!(time.reason.contains("yesterday"), "{time}");
    assert!(!time.reason.contains("at line"), "{time}");
    // Every cut of the body, down to one byte at a time, reads the same.
    for size in 1..body.len() {
        assert_eq!(
            read_in_chunks(body.as_bytes(), size).as_ref(),
            Ok(&whole),
            "chunks of {size}"
        );
    }
}

#[test]
fn a_lone_object_is_a_list_of_one_and_an_empty_array_is_empty() {
    let one = read_in_chunks(GOOD_B.as_bytes(), 7).unwrap();
    assert_eq!(one.requests.len(), 1);
    assert!(one.unreadable.is_empty());
    assert_eq!(read_in_chunks(b" [ ] ", 2), Ok(RequestListing::default()));
}

#[test]
fn a_body_that_is_no_list_fails_whole() {
    let broken = r#"[{"Uuid":"3fa85f64-5717-4562-b3fc-2c963f66afa6","Status":"#;
    for body in [
        broken, "", "  ", "42", "[1,2]", "[\"x\"]", "[{}] x", "<html>",
    ] {
        let err = read_in_chunks(body.as_bytes(), 5).unwrap_err();
        assert!(
            err.contains("could not read") || err == "an empty body",
            "{body:?}: {err}"
        );
    }
}

#[test]
fn a_whole_body_reads_as_its_elements_do_in_one_pass_or_with_a_bad_one() {
    let good = format!("[{GOOD_A},\n{GOOD_B}]");
    let one_pass = read_list_body(good.as_bytes()).unwrap();
    assert_eq!(one_pass.requests.len(), 2);
    assert_eq!(Ok(&one_pass), read_in_chunks(good.as_bytes(), 3).as_ref());
    // A bad element: the others are kept and it is named, as chunk by chunk.
    let body = body();
    let mixed = read_list_body(body.as_bytes()).unwrap();
    assert_eq!(mixed.requests.len(), 2);
    assert_eq!(mixed.unreadable.len(), 2);
    assert_eq!(Ok(&mixed), read_in_chunks(body.as_bytes(), 5).as_ref());
    assert_eq!(read_list_body(GOOD_B.as_bytes()).unwrap().requests.len(), 1);
    for broken in ["", "42", "[{}] x", r#"[{"Uuid":"#] {
        assert!(read_list_body(broken.as_bytes()).is_err(), "{broken:?}");
    }
}

#[test]
fn a_long_list_reads_the_same_however_it_arrives() {
    // Several read batches long, with unreadable elements among the good
    // ones, and chunks cut anywhere: mid-element, mid-string, mid-character.
    let korean = r#"{"Uuid":"e7e2c0a1-3d4f-4a6b-8c9d-0e1f2a3b4c5d","RequestType":1,"Status":3,"Comment":"스마트 카드 발급"}"#;
    let elements: Vec<&str> = (0..3000)
        .map(|i| match i % 100 {
            7 => BAD_GUID,
            50 => BAD_TIME,
            n if n % 3 == 0 => korean,
            n if n % 2 == 0 => GOOD_A,
            _ => GOOD_B,
        })
        .collect();
    let body = format!("[{}]", elements.join(",\n"));
    assert!(body.len() > 3 * READ_BATCH, "{} bytes", body.len());
    let whole = read_list_body(body.as_bytes()).unwrap();
    assert_eq!(whole.requests.len(), 2940);
    assert_eq!(whole.unreadable.len(), 60);
    assert_eq!(whole.unreadable[0].position, 8);
    assert_eq!(whole.unreadable[1].position, 51);
    assert_eq!(whole.requests[3].comment, "스마트 카드 발급");
    for size in [1000, 4097, READ_BATCH - 1, READ_BATCH + 7, 100_003] {
        assert_eq!(
            read_in_chunks(body.as_bytes(), size).as_ref(),
            Ok(&whole),
            "chunks of {size}"
        );
    }
    // A body that breaks off after several batches is an error, not a short list.
    let cut = &body.as_bytes()[..body.len() / 2];
    assert!(read_in_chunks(cut, 5000).unwrap_err().contains("broke off"));
}

#[test]
fn a_byte_that_is_not_utf8_spoils_only_its_element() {
    let mut body = format!("[{GOOD_A},").into_bytes();
    body.extend_from_slice(b"{\"Uuid\":\"b5e2c0a1-3d4f-4a6b-8c9d-0e1f2a3b4c5d\",\"RequestType\":1,\"Status\":3,\"Comment\":\"\xff\"}");
    body.extend_from_slice(format!(",{GOOD_B}]").as_bytes());
    let listing = read_list_body(&body).unwrap();
    assert_eq!(listing.requests.len(), 2, "{listing:?}");
    let [bad] = listing.unreadable.as_slice() else {
        panic!("one unreadable, got {:?}", listing.unreadable)
    };
    assert_eq!(bad.position, 2);
}

#[test]
fn a_large_element_is_tried_a_few_times_not_once_per_chunk() {
    // Most of a megabyte of comment in one request, arriving 4 KiB at a
    // time (250 chunks): trying it again on every chunk would read it 125
    // times over.
    let comment = "x".repeat(ELEMENT_CAP - 24 * 1024);
    let large = format!(
        r#"{{"Uuid":"b5e2c0a1-3d4f-4a6b-8c9d-0e1f2a3b4c5d","RequestType":1,"Status":3,"Comment":"{comment}"}}"#
    );
    let body = format!("[{GOOD_A},{large},{GOOD_B}]");
    let mut reader = ListReader::new();
    for chunk in body.as_bytes().chunks(4096) {
        reader.feed(chunk).unwrap();
    }
    assert!(reader.tries < 20, "{} tries", reader.tries);
    let listing = reader.finish().unwrap();
    assert_eq!(listing.requests.len(), 3);
    assert_eq!(listing.requests[1].comment, comment);
}

/// The start of a list whose first request's comment has not ended.
const ENDLESS_START: &str =
    r#"[{"Uuid":"b5e2c0a1-3d4f-4a6b-8c9d-0e1f2a3b4c5d","RequestType":1,"Status":3,"Comment":""#;

#[test]
fn an_element_that_never_ends_is_refused_once_it_passes_the_cap() {
    let mut reader = ListReader::new();
    reader.feed(ENDLESS_START.as_bytes()).unwrap();
    let chunk = [b'x'; 4096];
    let mut fed = ENDLESS_START.len();
    let error = loop {
        match reader.feed(&chunk) {
            Ok(()) => fed += chunk.len(),
            Err(error) => break error,
        }
        assert!(fed < 4 * ELEMENT_CAP, "still reading after {fed} bytes");
    };
    assert_eq!(error, "a request larger than 1 MiB");
    // Refused in the chunk that took it past the cap, holding no more.
    assert!(
        (ELEMENT_CAP - chunk.len()..=ELEMENT_CAP + 1).contains(&fed),
        "refused after {fed} bytes"
    );
    assert!(reader.unread.capacity() <= 2 * ELEMENT_CAP);
}

#[test]
fn an_element_over_the_cap_is_refused_however_it_arrives() {
    let comment = "x".repeat(ELEMENT_CAP);
    let body = format!(r#"{ENDLESS_START}{comment}"}}]"#);
    assert_eq!(
        read_list_body(body.as_bytes()).unwrap_err(),
        "a request larger than 1 MiB"
    );
    for size in [4096, READ_BATCH + 7, ELEMENT_CAP / 3] {
        assert_eq!(
            read_in_chunks(body.as_bytes(), size).unwrap_err(),
            "a request larger than 1 MiB",
            "chunks of {size}"
        );
    }
    // The same element just under the cap is a request like any other.
    let under = format!(
        r#"{ENDLESS_START}{}"}}]"#,
        &comment[..ELEMENT_CAP - ENDLESS_START.len() - 1]
    );
    assert_eq!(read_list_body(under.as_bytes()).unwrap().requests.len(), 1);
}

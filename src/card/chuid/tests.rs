use super::*;

const GUID: &str = "bc88f13f-1b3c-4c5d-9e0f-0123456789ab";

fn chuid_with(guid_bytes: &[u8]) -> Vec<u8> {
    let mut inner = encode_tlv(0x30, &[0xD4; 25]);
    inner.extend(encode_tlv(0x34, guid_bytes));
    inner.extend(encode_tlv(0x35, b"20301231"));
    inner.extend(encode_tlv(0x3E, &[]));
    inner.extend(encode_tlv(0xFE, &[]));
    encode_tlv(0x53, &inner)
}

#[test]
fn microsoft_order_reads_back_a_windows_to_byte_array() {
    let id = Uuid::parse_str(GUID).unwrap();
    let data = chuid_with(&id.to_bytes_le());
    assert_eq!(
        card_id_from_chuid(&data, GuidByteOrder::Microsoft).unwrap(),
        Some(id)
    );
    let rfc = card_id_from_chuid(&data, GuidByteOrder::Rfc4122)
        .unwrap()
        .unwrap();
    assert_eq!(rfc.to_string(), "3ff188bc-3c1b-5d4c-9e0f-0123456789ab");
}

#[test]
fn zero_or_missing_guid_is_unknown() {
    assert_eq!(
        card_id_from_chuid(&chuid_with(&[0; 16]), GuidByteOrder::Microsoft),
        Ok(None)
    );
    let no_guid = encode_tlv(0x53, &encode_tlv(0x30, &[1; 25]));
    assert_eq!(
        card_id_from_chuid(&no_guid, GuidByteOrder::Microsoft),
        Ok(None)
    );
}

#[test]
fn wrong_guid_length_and_missing_container_are_errors() {
    assert!(card_id_from_chuid(&chuid_with(&[1; 15]), GuidByteOrder::Microsoft).is_err());
    assert!(card_id_from_chuid(&encode_tlv(0x54, &[]), GuidByteOrder::Microsoft).is_err());
}

#[test]
fn multi_byte_tags_and_long_lengths_parse() {
    let data = hex::decode("5fc10203010203").unwrap();
    let tlvs = parse_tlvs(&data).unwrap();
    assert_eq!(
        tlvs,
        vec![Tlv {
            tag: 0x5FC102,
            value: &[1, 2, 3]
        }]
    );
    let long = encode_tlv(0x53, &[7; 200]);
    assert_eq!(&long[..3], &[0x53, 0x81, 200]);
    assert_eq!(parse_tlvs(&long).unwrap()[0].value.len(), 200);
    let longer = encode_tlv(0x53, &[7; 300]);
    assert_eq!(&longer[..4], &[0x53, 0x82, 0x01, 0x2C]);
    assert_eq!(parse_tlvs(&longer).unwrap()[0].value.len(), 300);
}

#[test]
fn truncated_and_garbage_input_is_an_error_not_a_panic() {
    let good = chuid_with(&[9; 16]);
    for cut in 1..good.len() {
        assert!(
            card_id_from_chuid(&good[..cut], GuidByteOrder::Microsoft).is_err(),
            "cut {cut}"
        );
    }
    for bad in [
        &[0x5F][..],
        &[0x5F, 0xC1],
        &[0x5F, 0xC1, 0x82, 0x01],
        &[0x53, 0x83, 0, 0, 1],
        &[0x53, 0x80],
        &[0x1F, 0xFF, 0xFF, 0x01, 0x00],
    ] {
        assert!(parse_tlvs(bad).is_err(), "{bad:02x?}");
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = fastrand::Rng::with_seed(7);
    for _ in 0..20_000 {
        let len = rng.usize(0..80);
        let mut bytes: Vec<u8> = (0..len).map(|_| rng.u8(..)).collect();
        // Start with the container tag half the time so the inner parser runs too.
        if rng.bool() && !bytes.is_empty() {
            bytes[0] = 0x53;
        }
        let _: Result<_, _> = card_id_from_chuid(&bytes, GuidByteOrder::Microsoft);
        let _: Result<_, _> = parse_tlvs(&bytes);
    }
}

#[test]
fn empty_input_has_no_elements() {
    assert_eq!(parse_tlvs(&[]), Ok(vec![]));
    assert_eq!(encode_tlv(0, &[]), vec![0, 0]);
}

use super::*;

fn read(json: &str) -> Result<DataCollection, serde_json::Error> {
    serde_json::from_str(json)
}

#[test]
fn items_keep_their_order_and_read_back_as_written() {
    let items: DataCollection = [("DisplayName", "Ada Lindqvist"), ("Department", "")]
        .into_iter()
        .collect();
    assert_eq!(
        items.iter().collect::<Vec<_>>(),
        [("DisplayName", "Ada Lindqvist"), ("Department", "")]
    );
    let json = serde_json::to_string(&items).unwrap();
    assert_eq!(
        json,
        r#"[{"Name":"DisplayName","Value":"Ada Lindqvist"},{"Name":"Department","Value":""}]"#
    );
    assert_eq!(read(&json).unwrap(), items);
}

#[test]
fn a_value_is_found_by_name_whatever_its_case() {
    let items =
        read(r#"[{"Name":"DisplayName","Value":"Ada"},{"Name":"displayname","Value":"2nd"}]"#)
            .unwrap();
    assert_eq!(
        items.get("DISPLAYNAME"),
        Some("Ada"),
        "the first of that name"
    );
    assert_eq!(items.get("Department"), None);
    assert_eq!(items.len(), 2);
}

#[test]
fn null_missing_padded_escaped_and_unknown_fields_read_as_a_server_means_them() {
    assert!(read("null").unwrap().is_empty());
    assert!(read("[]").unwrap().is_empty());
    let items = read(
        r#"[{"Value":"Finance\u0000\u0000","Name":"Department","Kind":7},
            {"Name":null},
            {"Name":"Quote \"Q\" \u00e9","Value":"스마트 카드"}]"#,
    )
    .unwrap();
    assert_eq!(
        items.iter().collect::<Vec<_>>(),
        [
            ("Department", "Finance"),
            ("", ""),
            ("Quote \"Q\" é", "스마트 카드"),
        ]
    );
}

#[test]
fn what_is_not_a_list_of_items_is_an_error_not_a_guess() {
    for json in [r#"{"Name":"a"}"#, r#"["a"]"#, r#"[{"Name":5}]"#, "7"] {
        assert!(read(json).is_err(), "{json}");
    }
}

#[test]
fn many_and_long_items_stay_whole() {
    let long = "x".repeat(100_000);
    let names: Vec<String> = (0..50).map(|n| format!("Item{n}")).collect();
    let items: DataCollection = names.iter().map(|n| (n.as_str(), long.as_str())).collect();
    let again = read(&serde_json::to_string(&items).unwrap()).unwrap();
    assert_eq!(again.len(), 50);
    assert_eq!(again.get("Item49"), Some(long.as_str()));
    assert!(format!("{items:?}").starts_with(r#"{"Item0": "xxx"#));
}

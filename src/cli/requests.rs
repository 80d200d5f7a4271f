//! `enroll-desk requests`: the server's requests as a table or as JSON.

use chrono::SecondsFormat;
use clap::Args;
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::server_args::ServerArgs;
use crate::cm::{Request, RequestFilter, RequestStatus};
use crate::i18n::{self, status_name, type_name};
use crate::site::Site;
use crate::tr;

#[derive(Args, Debug)]
pub struct RequestsArgs {
    #[command(flatten)]
    pub server: ServerArgs,
    /// Only requests with this status (Approved, Pending, Completed, ...); all when omitted
    #[arg(long, value_name = "NAME", value_parser = parse_status)]
    pub status: Option<RequestStatus>,
    /// Only requests whose target is the signed-in user
    #[arg(long)]
    pub mine: bool,
    /// Print a JSON array instead of a table
    #[arg(long)]
    pub json: bool,
}

fn parse_status(text: &str) -> Result<RequestStatus, String> {
    text.parse()
        .map_err(|e: crate::cm::UnknownName| e.to_string())
}

pub fn run(args: RequestsArgs, site: &Site) -> anyhow::Result<()> {
    let client = args.server.client(site)?;
    let filter = RequestFilter {
        status: args.status,
        current_user_only: args.mine,
    };
    let listing = client.request_listing(filter)?;
    let requests = listing.requests;
    // On stderr, so `--json` output stays one JSON array.
    for skipped in &listing.unreadable {
        eprintln!(
            "{}",
            tr!("cli-request-left-out", what = skipped.to_string())
        );
    }
    if args.json {
        let rows: Vec<RequestRow> = requests.iter().map(RequestRow::from).collect();
        println!("{}", serde_json::to_string_pretty(&rows)?);
    } else {
        print!("{}", table(&requests));
    }
    Ok(())
}

/// The `--json` shape: exactly these keys, GUIDs in lower case.
#[derive(Serialize)]
pub struct RequestRow {
    id: String,
    status: String,
    #[serde(rename = "type")]
    kind: String,
    target_user: Option<String>,
    profile_template: Option<String>,
    submitted: Option<String>,
    priority: i64,
    comment: String,
    smartcard: Option<String>,
}

impl From<&Request> for RequestRow {
    fn from(r: &Request) -> Self {
        Self {
            id: r.uuid.to_string(),
            status: r.status.to_string(),
            kind: r.request_type.to_string(),
            target_user: r.target_user_uuid.map(|g| g.to_string()),
            profile_template: r.profile_template_uuid.map(|g| g.to_string()),
            submitted: r
                .submitted
                .map(|t| t.to_rfc3339_opts(SecondsFormat::AutoSi, true)),
            priority: r.priority,
            comment: r.comment.clone(),
            smartcard: r.new_smartcard_uuid.map(|g| g.to_string()),
        }
    }
}

fn table(requests: &[Request]) -> String {
    if requests.is_empty() {
        return format!("{}\n", tr!("cli-no-requests"));
    }
    let header = [
        tr!("cli-column-request"),
        tr!("cli-column-status"),
        tr!("cli-column-type"),
        tr!("cli-column-priority"),
        tr!("cli-column-submitted"),
        tr!("cli-column-comment"),
    ];
    let rows: Vec<[String; 6]> = requests
        .iter()
        .map(|r| {
            [
                r.uuid.to_string(),
                status_name(r.status),
                type_name(r.request_type),
                r.priority.to_string(),
                r.submitted
                    .map(|t| i18n::date_time(&t))
                    .unwrap_or_else(|| "-".to_owned()),
                r.comment.chars().take(60).collect(),
            ]
        })
        .collect();
    // At least the English widths; wider where a language's words need it
    // (Hangul takes two terminal columns a letter).
    let mut widths = [36, 12, 11, 3, 16, 0];
    for cells in std::iter::once(&header).chain(&rows) {
        for (width, cell) in widths.iter_mut().zip(cells) {
            *width = (*width).max(cell.width());
        }
    }
    let mut out = String::new();
    for cells in std::iter::once(&header).chain(&rows) {
        for (column, (cell, width)) in cells.iter().zip(widths).enumerate() {
            let pad = " ".repeat(width - cell.width());
            match column {
                // The priority is a number: right-aligned.
                3 => out += &format!("{pad}{cell}  "),
                5 => out += cell,
                _ => out += &format!("{cell}{pad}  "),
            }
        }
        out.push('\n');
    }
    out += &format!("{}\n", tr!("cli-request-count", count = requests.len()));
    out
}

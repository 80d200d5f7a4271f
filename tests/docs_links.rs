//! Every relative link and image in README.md, SECURITY.md and docs/*.md
//! points at a file that exists, and a `#anchor` into a markdown file at a
//! heading it has (GitHub's slugs). Moving text between those files is how
//! links break silently; this catches it without a browser.
// Tests may panic on what they did not expect.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// README.md, SECURITY.md and every docs/*.md.
fn documents() -> Vec<PathBuf> {
    let root = repo_root();
    let mut files = vec![root.join("README.md"), root.join("SECURITY.md")];
    let mut docs: Vec<PathBuf> = fs::read_dir(root.join("docs"))
        .expect("docs/ is readable")
        .map(|entry| entry.expect("a docs/ entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    files
}

/// The lines outside fenced code blocks (a fence's lines become blank).
fn outside_fences(markdown: &str) -> Vec<&str> {
    let mut in_fence = false;
    markdown
        .lines()
        .map(|line| {
            if line.trim_start().starts_with("```") {
                in_fence = !in_fence;
                ""
            } else if in_fence {
                ""
            } else {
                line
            }
        })
        .collect()
}

/// The text a reader sees as prose: no fenced code blocks and no inline
/// code spans, so `[a](b)` written as code is no link.
fn prose(markdown: &str) -> String {
    outside_fences(markdown)
        .into_iter()
        .map(|line| without_code_spans(line) + "\n")
        .collect()
}

/// A line with its `code spans` removed (a run of N backticks closes with
/// the next run of exactly N; an unclosed run stays as text).
fn without_code_spans(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let run_at = |i: usize| chars[i..].iter().take_while(|&&c| c == '`').count();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '`' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let opening = run_at(i);
        let mut j = i + opening;
        let mut closed_at = None;
        while j < chars.len() {
            if chars[j] == '`' {
                let run = run_at(j);
                if run == opening {
                    closed_at = Some(j + run);
                    break;
                }
                j += run;
            } else {
                j += 1;
            }
        }
        match closed_at {
            Some(end) => i = end,
            None => {
                out.extend(&chars[i..i + opening]);
                i += opening;
            }
        }
    }
    out
}

/// Link and image targets in prose: `[text](target)`, `![alt](target)`,
/// `[label]: target`, and HTML `src="…"` / `href="…"`.
fn link_targets(prose: &str) -> Vec<String> {
    let mut targets = Vec::new();
    for line in prose.lines() {
        let mut rest = line;
        while let Some(at) = rest.find("](") {
            let after = &rest[at + 2..];
            let end = after.find(')').unwrap_or(after.len());
            // A title (`[a](b "title")`) follows the target after a space.
            let target = after[..end].split_whitespace().next().unwrap_or("");
            targets.push(target.trim_matches(['<', '>']).to_string());
            rest = &after[end..];
        }
        let trimmed = line.trim_start();
        let reference = trimmed.find(']').map(|close| &trimmed[close..]);
        if trimmed.starts_with('[')
            && let Some(definition) = reference.and_then(|r| r.strip_prefix("]:"))
            && let Some(target) = definition.split_whitespace().next()
        {
            targets.push(target.to_string());
        }
        for attribute in ["src=\"", "href=\""] {
            let mut rest = line;
            while let Some(at) = rest.find(attribute) {
                let after = &rest[at + attribute.len()..];
                let end = after.find('"').unwrap_or(after.len());
                targets.push(after[..end].to_string());
                rest = &after[end..];
            }
        }
    }
    targets
}

/// GitHub's anchor for a heading: lower-case, punctuation dropped (letters,
/// digits, `-` and `_` stay), spaces to `-`.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ' '))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// Every anchor a markdown file's headings give, a repeated heading's
/// second one as `slug-1`, then `slug-2`, as GitHub numbers them.
fn anchors(markdown: &str) -> HashSet<String> {
    let mut found = HashSet::new();
    for line in outside_fences(markdown) {
        let hashes = line.chars().take_while(|&c| c == '#').count();
        let Some(text) = line[hashes..].strip_prefix(' ') else {
            continue;
        };
        if hashes == 0 || hashes > 6 {
            continue;
        }
        let base = slug(text.trim_end_matches(['#', ' ']));
        let mut anchor = base.clone();
        let mut repeat = 0;
        while found.contains(&anchor) {
            repeat += 1;
            anchor = format!("{base}-{repeat}");
        }
        found.insert(anchor);
    }
    found
}

/// What is wrong with the links of one document that lives in `dir`.
fn broken_links(name: &str, dir: &Path, markdown: &str) -> Vec<String> {
    let mut broken = Vec::new();
    for target in link_targets(&prose(markdown)) {
        if target.is_empty() || target.contains("://") || target.starts_with("mailto:") {
            continue;
        }
        let (path, anchor) = match target.split_once('#') {
            Some((path, anchor)) => (path, Some(anchor)),
            None => (target.as_str(), None),
        };
        let file = if path.is_empty() {
            None
        } else {
            Some(dir.join(path))
        };
        if let Some(file) = &file
            && !file.exists()
        {
            broken.push(format!("{name}: `{target}`: no such file"));
            continue;
        }
        let Some(anchor) = anchor else { continue };
        let heading_source = match &file {
            None => markdown.to_string(),
            Some(file) if file.extension().is_some_and(|ext| ext == "md") => {
                fs::read_to_string(file).expect("a linked markdown file is readable")
            }
            Some(_) => continue,
        };
        if !anchors(&heading_source).contains(anchor) {
            broken.push(format!("{name}: `{target}`: no heading with that anchor"));
        }
    }
    broken
}

#[test]
fn every_relative_link_and_image_in_the_docs_points_at_something_that_exists() {
    let root = repo_root();
    let mut broken = Vec::new();
    let mut checked = 0;
    for file in documents() {
        let markdown = fs::read_to_string(&file).expect("a document is readable");
        let name = file
            .strip_prefix(&root)
            .unwrap_or(&file)
            .display()
            .to_string();
        checked += link_targets(&prose(&markdown)).len();
        broken.extend(broken_links(
            &name,
            file.parent().unwrap_or(&root),
            &markdown,
        ));
    }
    assert!(checked > 0, "no links found at all: the scan is broken");
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn a_missing_file_a_missing_heading_and_a_link_in_code_are_told_apart() {
    let root = repo_root();
    let markdown = "# Top\n\n\
        [ok](README.md#test-it) [here](#top) ![pic](tests/snapshots/en/desk_card_inserted.png)\n\
        [gone](docs/no-such-page.md) <img src=\"no-such.png\"> [bad anchor](README.md#no-such-heading)\n\
        `[in code](nowhere.md)`\n\n```\n[in a fence](nowhere.md)\n```\n\
        [web](https://example.org/x.md)\n";
    let broken = broken_links("sample.md", &root, markdown);
    assert_eq!(
        broken,
        [
            "sample.md: `docs/no-such-page.md`: no such file",
            "sample.md: `README.md#no-such-heading`: no heading with that anchor",
            "sample.md: `no-such.png`: no such file",
        ]
    );
}

#[test]
fn headings_get_githubs_anchors() {
    assert_eq!(
        slug("At a Kerberos site (IIS Windows Authentication)"),
        "at-a-kerberos-site-iis-windows-authentication"
    );
    assert_eq!(
        slug("What is tested, and what is not"),
        "what-is-tested-and-what-is-not"
    );
    assert_eq!(
        slug("Reading the server's answers"),
        "reading-the-servers-answers"
    );
    assert_eq!(
        slug("`pin_hygiene` — what it proves"),
        "pin_hygiene--what-it-proves"
    );
    let repeated = anchors("# Notes\n## Notes\n### Notes ##\n#NotAHeading\n## `sim` flags\n");
    let expected: HashSet<String> = ["notes", "notes-1", "notes-2", "sim-flags"]
        .map(String::from)
        .into();
    assert_eq!(repeated, expected);
}

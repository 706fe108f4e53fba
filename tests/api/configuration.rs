//! docs/configuration.md lists every setting as the code declares it (`config::Settings`):
//! its environment variable, flag, default and meaning. `LIENHIEP_UPDATE_DOCS=1 cargo test
//! configuration` rewrites the table; otherwise a table that differs fails.

use std::path::PathBuf;

use clap::Args;

/// The table of settings, rendered from their declarations.
fn render() -> String {
    let command = lienhiep::config::Settings::augment_args(clap::Command::new("lienhiep"));
    let mut table = String::from("| variable | flag | default | meaning |\n|---|---|---|---|\n");
    for arg in command.get_arguments() {
        let Some(env) = arg.get_env() else { continue };
        let flag = arg.get_long().map(|l| format!("`--{l}`")).unwrap_or_default();
        let defaults: Vec<String> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
        let default = match defaults.join(",") {
            d if d.is_empty() => "(none)".to_owned(),
            d => format!("`{d}`"),
        };
        let help = arg.get_long_help().or_else(|| arg.get_help()).map(|h| h.to_string()).unwrap_or_default();
        let meaning = help.split_whitespace().collect::<Vec<_>>().join(" ").replace('|', "\\|");
        table.push_str(&format!("| `{}` | {flag} | {default} | {meaning} |\n", env.to_string_lossy()));
    }
    table
}

#[test]
fn the_docs_list_every_setting_as_declared() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/configuration.md");
    let doc = std::fs::read_to_string(&path).expect("docs/configuration.md");
    let (start, end) = ("<!-- settings:start -->\n", "<!-- settings:end -->");
    let (Some(a), Some(b)) = (doc.find(start), doc.find(end)) else {
        panic!("docs/configuration.md needs the markers {start:?} and {end:?}");
    };
    let table = render();
    assert!(table.lines().count() > 30, "the settings were read:\n{table}");
    if doc[a + start.len()..b] != table {
        if std::env::var("LIENHIEP_UPDATE_DOCS").is_ok() {
            std::fs::write(&path, format!("{}{}{}", &doc[..a + start.len()], table, &doc[b..])).expect("write");
        } else {
            panic!("docs/configuration.md is out of date; run: LIENHIEP_UPDATE_DOCS=1 cargo test configuration");
        }
    }
}

/// `.env.example` names every setting, and only settings; a line that sets one (not commented
/// out) shows its declared default, as the file's first line says.
#[test]
fn the_env_example_names_every_setting_with_its_default() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(".env.example");
    let text = std::fs::read_to_string(&path).expect(".env.example");
    let mut named = std::collections::BTreeMap::new();
    for line in text.lines() {
        let (commented, rest) = match line.strip_prefix("# ") {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let Some((name, value)) = rest.split_once('=') else { continue };
        if name.starts_with(|c: char| c.is_ascii_uppercase())
            && name.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        {
            named.insert(name.to_owned(), (commented, value.to_owned()));
        }
    }
    let command = lienhiep::config::Settings::augment_args(clap::Command::new("lienhiep"));
    let mut settings = Vec::new();
    for arg in command.get_arguments() {
        let Some(env) = arg.get_env() else { continue };
        let env = env.to_string_lossy().into_owned();
        let default: Vec<String> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
        match named.get(&env) {
            None => panic!(".env.example does not name {env}"),
            Some((false, value)) => assert_eq!(value, &default.join(","), ".env.example: {env} is not its default"),
            Some((true, _)) => {}
        }
        settings.push(env);
    }
    assert!(settings.len() > 30, "the settings were read: {settings:?}");
    let unknown: Vec<&String> = named.keys().filter(|n| !settings.contains(n)).collect();
    assert!(unknown.is_empty(), ".env.example names what is not a setting: {unknown:?}");
}

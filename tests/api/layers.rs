//! The structure of `src/`, read from its imports: each layer imports only the layers below
//! it, and no files import each other in a circle (docs/architecture.md). The imports are read
//! as text: `use` paths (groups expanded), inline `crate::`/`super::` paths, and paths through
//! a module imported by name (`use crate::db; … db::pool::…`). Comments, strings and
//! `#[cfg(test)]` modules are left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers from the bottom up, each with the top-level modules of `src/` it holds. A file
/// may import its own layer and those below it; every top-level module must be listed.
const LAYERS: &[(&str, &[&str])] = &[
    ("foundation", &["messages", "domain", "telemetry", "error", "body"]),
    ("storage", &["db"]),
    ("settings", &["config"]),
    ("identity", &["auth"]),
    ("models", &["models"]),
    ("use cases", &["usecases"]),
    ("demo data", &["demo"]),
    ("state", &["state"]),
    ("http", &["api", "middleware"]),
    ("application", &["router", "openapi", "startup", "backup", "cli", "lib", "main"]),
];

/// A module path below the crate root: `["db", "pool"]`; the root itself is empty.
type ModPath = Vec<String>;

struct Source {
    /// Every module that is a file, by its path.
    files: BTreeMap<ModPath, PathBuf>,
}

impl Source {
    fn read(src: &Path) -> Source {
        let mut files = BTreeMap::new();
        let mut stack = vec![src.to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("src/ is readable") {
                let path = entry.expect("a directory entry").path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                if path.extension().is_none_or(|e| e != "rs") {
                    continue;
                }
                let rel = path.strip_prefix(src).expect("below src/");
                let mut module: ModPath = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
                let last = module.pop().expect("a file name");
                let stem = last.trim_end_matches(".rs");
                // `mod.rs` is its folder's module; `lib.rs` and `main.rs` stand for the crate root.
                if stem != "mod" && (module.is_empty() || !matches!(stem, "lib" | "main")) {
                    module.push(stem.to_string());
                }
                files.insert(module, path);
            }
        }
        Source { files }
    }

    /// The module of the crate a path names, walked as deep as modules exist: `crate::db::pool::DbPool`
    /// names `db::pool`.
    fn deepest(&self, base: &[String], rest: &[String]) -> Option<ModPath> {
        let mut at: ModPath = base.to_vec();
        if !self.is_module(&at) {
            return None;
        }
        for segment in rest {
            let mut next = at.clone();
            next.push(segment.clone());
            if self.is_module(&next) {
                at = next;
            } else {
                break;
            }
        }
        Some(at)
    }

    fn is_module(&self, path: &[String]) -> bool {
        path.is_empty() || self.files.contains_key(path)
    }

    /// The file that holds a module (the crate root is `lib.rs`).
    fn key(&self, module: &[String]) -> ModPath {
        if module.is_empty() {
            vec!["lib".to_string()]
        } else {
            module.to_vec()
        }
    }
}

/// The code of a file without comments, string and character literals, and `#[cfg(test)]`
/// items.
fn code_of(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let rest = &text[i..];
        if rest.starts_with("//") {
            i += rest.find('\n').unwrap_or(rest.len());
        } else if rest.starts_with("/*") {
            i += rest.find("*/").map_or(rest.len(), |e| e + 2);
            out.push(' ');
        } else if rest.starts_with("r#\"") || rest.starts_with("r\"") || rest.starts_with("br\"") {
            let hashes = rest.trim_start_matches('b').trim_start_matches('r').chars().take_while(|c| *c == '#').count();
            let open = rest.find('"').expect("a raw string opens");
            let close = format!("\"{}", "#".repeat(hashes));
            i += open + 1 + rest[open + 1..].find(&close).map_or(rest.len() - open - 1, |e| e + close.len());
            out.push_str("\"\"");
        } else if rest.starts_with('"') {
            let mut j = 1;
            while j < rest.len() {
                match rest.as_bytes()[j] {
                    b'\\' => j += 2,
                    b'"' => break,
                    _ => j += 1,
                }
            }
            i += (j + 1).min(rest.len());
            out.push_str("\"\"");
        } else if rest.starts_with('\'') && is_char_literal(rest) {
            let end = if rest.as_bytes().get(1) == Some(&b'\\') {
                rest[2..].find('\'').map_or(rest.len(), |e| e + 3)
            } else {
                rest[1..].find('\'').map_or(rest.len(), |e| e + 2)
            };
            i += end;
            out.push_str("' '");
        } else {
            let c = rest.chars().next().expect("not at the end");
            out.push(c);
            i += c.len_utf8();
        }
    }
    without_test_items(&out)
}

/// Whether a `'` opens a character literal rather than a lifetime.
fn is_char_literal(rest: &str) -> bool {
    let mut chars = rest.chars().skip(1);
    matches!((chars.next(), chars.next()), (Some('\\'), _) | (Some(_), Some('\'')))
}

/// `code` without the items marked `#[cfg(test)]` (a module or a function, to its closing brace).
fn without_test_items(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let Some(open) = after.find(['{', ';']) else {
            rest = "";
            break;
        };
        if after.as_bytes()[open] == b';' {
            rest = &after[open + 1..];
            continue;
        }
        let end = (open + matching_brace(&after[open..]) + 1).min(after.len());
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Reads a path at the start of `s` (`a::b::{c, d::e}`), expanded; each path is its segments.
fn read_path(s: &str) -> Vec<Vec<String>> {
    let mut prefix = Vec::new();
    let mut rest = s.trim_start();
    loop {
        let ident: String = rest.chars().take_while(|c| is_ident(*c)).collect();
        if ident.is_empty() {
            if rest.starts_with('{') {
                let inner = &rest[1..matching_brace(rest)];
                let mut out = Vec::new();
                for part in split_top(inner) {
                    for tail in read_path(part) {
                        let mut path = prefix.clone();
                        path.extend(tail);
                        out.push(path);
                    }
                }
                return out;
            }
            return if prefix.is_empty() { Vec::new() } else { vec![prefix] };
        }
        rest = &rest[ident.len()..];
        prefix.push(ident);
        let trimmed = rest.trim_start();
        if let Some(after) = trimmed.strip_prefix("::") {
            rest = after.trim_start();
        } else {
            // `path as alias`: kept as `[…, "as", alias]` for the caller to bind.
            if let Some(alias) = trimmed.strip_prefix("as ") {
                let alias: String = alias.trim_start().chars().take_while(|c| is_ident(*c)).collect();
                prefix.extend(["as".to_owned(), alias]);
            }
            return vec![prefix];
        }
    }
}

/// The index of the brace that closes the one `s` opens with.
fn matching_brace(s: &str) -> usize {
    let mut depth = 0usize;
    for (k, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return k;
                }
            }
            _ => {}
        }
    }
    s.len()
}

/// `s` split at the commas outside braces.
fn split_top(s: &str) -> Vec<&str> {
    let (mut parts, mut depth, mut start) = (Vec::new(), 0usize, 0);
    for (k, c) in s.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&s[start..k]);
                start = k + 1;
            }
            _ => {}
        }
    }
    parts.push(&s[start..]);
    parts
}

/// The modules a file imports.
fn imports_of(source: &Source, module: &ModPath, code: &str) -> BTreeSet<ModPath> {
    // `self` is the module; `super` the one above it (a `mod.rs` file is its folder's module).
    let parent: ModPath = module[..module.len().saturating_sub(1)].to_vec();
    let mut found = BTreeSet::new();
    // Names bound to modules: child modules and `use … ;` of a module.
    let mut aliases: BTreeMap<String, ModPath> = BTreeMap::new();
    for (child, _) in source.files.range(module.clone()..) {
        if child.len() == module.len() + 1 && child.starts_with(module) {
            aliases.insert(child.last().cloned().expect("a child"), child.clone());
        }
    }
    let resolve = |path: &[String], aliases: &BTreeMap<String, ModPath>| -> Option<(ModPath, bool)> {
        let (base, rest): (ModPath, &[String]) = match path.first().map(String::as_str) {
            Some("crate") => (Vec::new(), &path[1..]),
            Some("self") => (module.clone(), &path[1..]),
            Some("super") => {
                let mut base = parent.clone();
                let mut rest = &path[1..];
                while rest.first().map(String::as_str) == Some("super") {
                    base.pop();
                    rest = &rest[1..];
                }
                (base, rest)
            }
            Some(name) => (aliases.get(name)?.clone(), &path[1..]),
            None => return None,
        };
        let target = source.deepest(&base, rest)?;
        let whole = target.len() == base.len() + rest.len();
        Some((target, whole))
    };
    // `use` statements first, so that the names they bind are known.
    let mut at = 0;
    while let Some(k) = code[at..].find("use ") {
        let start = at + k;
        at = start + 4;
        let before = code[..start].chars().next_back();
        if before.is_some_and(is_ident) {
            continue;
        }
        let end = code[at..].find(';').map_or(code.len(), |e| at + e);
        for path in read_path(&code[at..end]) {
            let mut path = path;
            let mut alias = path.last().cloned();
            if let Some(pos) = path.iter().position(|s| s == "as") {
                alias = path.get(pos + 1).cloned();
                path.truncate(pos);
            }
            if path.last().map(String::as_str) == Some("self") {
                path.pop();
                alias = path.last().cloned();
            }
            if let Some((target, whole)) = resolve(&path, &aliases) {
                if whole {
                    if let Some(alias) = alias {
                        aliases.insert(alias, target.clone());
                    }
                }
                found.insert(target);
            }
        }
    }
    // Every other path: `crate::…`, `super::…`, `$crate::…` and `alias::…`.
    let chars: Vec<(usize, char)> = code.char_indices().collect();
    for (n, &(k, c)) in chars.iter().enumerate() {
        if !is_ident(c) || (n > 0 && is_ident(chars[n - 1].1)) {
            continue;
        }
        let before = code[..k].trim_end();
        if before.ends_with("::") && !before.ends_with("$crate::") {
            continue;
        }
        let ident: String = code[k..].chars().take_while(|c| is_ident(*c)).collect();
        if !code[k + ident.len()..].trim_start().starts_with("::") {
            continue;
        }
        if !(matches!(ident.as_str(), "crate" | "super") || aliases.contains_key(&ident)) {
            continue;
        }
        for path in read_path(&code[k..]) {
            if let Some((target, _)) = resolve(&path, &aliases) {
                found.insert(target);
            }
        }
    }
    found.remove(module);
    found
}

/// Every file's imports, by file (as `src/`-relative paths).
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let source = Source::read(&src);
    let name = |m: &ModPath| {
        let key = source.key(m);
        source.files[&key].strip_prefix(&src).expect("below src/").to_string_lossy().into_owned()
    };
    let mut graph = BTreeMap::new();
    for (module, path) in &source.files {
        let text = std::fs::read_to_string(path).expect("a source file is readable");
        let crate_root = module.len() == 1 && matches!(module[0].as_str(), "lib" | "main");
        let scope: ModPath = if crate_root { Vec::new() } else { module.clone() };
        let imports = imports_of(&source, &scope, &code_of(&text));
        let from = name(module);
        // The crate root only declares modules (and holds the exported macros).
        let targets = imports.iter().filter(|m| !m.is_empty()).map(&name).filter(|t| *t != from).collect();
        graph.insert(from, targets);
    }
    graph
}

/// The layer of a file: its top-level module's place in [`LAYERS`].
fn layer_of(file: &str) -> (usize, &'static str) {
    let top = file.split('/').next().expect("a path").trim_end_matches(".rs");
    LAYERS
        .iter()
        .enumerate()
        .find(|(_, (_, modules))| modules.contains(&top))
        .map(|(k, (name, _))| (k, *name))
        .unwrap_or_else(|| panic!("src/{file}: its module `{top}` is in no layer of tests/api/layers.rs"))
}

/// The imports that run from a layer to one above it.
fn upward(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    let mut out = Vec::new();
    for (from, targets) in graph {
        let (low, low_name) = layer_of(from);
        for to in targets {
            let (high, high_name) = layer_of(to);
            if high > low {
                out.push(format!("src/{from} ({low_name}) imports src/{to} ({high_name})"));
            }
        }
    }
    out
}

/// The circles of files (strongly connected parts of more than one file), each with its imports.
fn circles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    // Tarjan's algorithm, iteratively.
    let names: Vec<&String> = graph.keys().collect();
    let id: BTreeMap<&String, usize> = names.iter().enumerate().map(|(k, n)| (*n, k)).collect();
    let edges: Vec<Vec<usize>> =
        names.iter().map(|n| graph[*n].iter().filter_map(|t| id.get(t).copied()).collect()).collect();
    let count = names.len();
    let (mut index, mut low, mut on_stack) = (vec![usize::MAX; count], vec![0; count], vec![false; count]);
    let (mut stack, mut next, mut out) = (Vec::new(), 0, Vec::new());
    for root in 0..count {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work = vec![(root, 0usize)];
        while let Some(&mut (v, ref mut e)) = work.last_mut() {
            if *e == 0 {
                index[v] = next;
                low[v] = next;
                next += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&w) = edges[v].get(*e) {
                *e += 1;
                if index[w] == usize::MAX {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(u, _)) = work.last() {
                low[u] = low[u].min(low[v]);
            }
            if low[v] == index[v] {
                let mut part = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    part.push(w);
                    if w == v {
                        break;
                    }
                }
                if part.len() > 1 {
                    let members: BTreeSet<usize> = part.iter().copied().collect();
                    let mut lines: Vec<String> = Vec::new();
                    for &a in &members {
                        for &b in edges[a].iter().filter(|b| members.contains(b)) {
                            lines.push(format!("src/{} -> src/{}", names[a], names[b]));
                        }
                    }
                    lines.sort();
                    out.push(lines);
                }
            }
        }
    }
    out
}

#[test]
fn every_layer_imports_only_the_layers_below_it() {
    let graph = graph();
    assert!(graph.len() > 100, "the reading found only {} files", graph.len());
    let up = upward(&graph);
    assert!(up.is_empty(), "{} imports run up a layer:\n{}", up.len(), up.join("\n"));
}

#[test]
fn no_files_import_each_other_in_a_circle() {
    let circles = circles(&graph());
    let text: Vec<String> = circles.iter().map(|c| c.join("\n")).collect();
    assert!(circles.is_empty(), "{} import circles:\n{}", circles.len(), text.join("\n\n"));
}

#[test]
fn the_reading_finds_imports_of_every_kind() {
    let code = code_of(
        "use crate::db::{self, pool::DbPool};\nuse crate::models as m;\n// use crate::api;\nfn f() { db::schema::x; m::audit::record(); crate::domain::vn::fold(); let s = \"crate::startup\"; }\n#[cfg(test)]\nmod tests { use crate::router; }\n",
    );
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let source = Source::read(&src);
    let found = imports_of(&source, &vec!["error".to_string()], &code);
    let found: Vec<String> = found.iter().map(|m| m.join("::")).collect();
    // `models::audit` is reached only through the alias `m`.
    assert_eq!(found, ["db", "db::pool", "db::schema", "domain::vn", "models", "models::audit"]);
}

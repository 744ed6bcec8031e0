//! Prepares the static assets once, at build time (issue 23): each file
//! under a content-hashed name, compressed with gzip and Brotli, so the
//! server sends bytes from memory and does no compression work per request.
//!
//! A module's hashed copy imports its dependencies by their hashed names
//! (its hash covers theirs), so a page that names one hashed module gets
//! only files that never change under their names and can be cached for
//! good. Writes `$OUT_DIR/assets.rs`, included by `src/web/assets.rs`.
#![forbid(unsafe_code)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// A file as served: where it comes from, its name, its bytes.
struct Served {
    name: String,
    /// The plain name this is a copy of (its own, if it is not a copy).
    plain: String,
    content_type: &'static str,
    bytes: Vec<u8>,
    /// The hashed names of the modules it imports, directly or not.
    imports: Vec<String>,
}

fn main() -> Result<()> {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR")?);
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    for dir in ["assets/css", "assets/js", "assets/img"] {
        println!("cargo:rerun-if-changed={dir}");
    }
    let mut files = Vec::new();
    for (file, name, content_type) in [
        ("css/style.css", "style.css", "text/css; charset=utf-8"),
        ("css/results.css", "results.css", "text/css; charset=utf-8"),
        ("img/favicon.svg", "favicon.svg", "image/svg+xml"),
        ("img/favicon.ico", "favicon.ico", "image/x-icon"),
    ] {
        let bytes = std::fs::read(root.join("assets").join(file))?;
        let (stem, extension) = name.rsplit_once('.').unwrap_or((name, ""));
        files.push(Served {
            name: format!("{stem}.{}.{extension}", short_hash(&bytes)),
            plain: name.to_owned(),
            content_type,
            bytes: bytes.clone(),
            imports: Vec::new(),
        });
        files.push(Served {
            name: name.to_owned(),
            plain: name.to_owned(),
            content_type,
            bytes,
            imports: Vec::new(),
        });
    }
    files.extend(modules(&root.join("assets/js"))?);
    let mut table = String::from("&[\n");
    for file in &files {
        entry(&mut table, &out, file)?;
    }
    table.push(']');
    std::fs::write(out.join("assets.rs"), table)?;
    Ok(())
}

/// The browser's modules, each under its plain name (as written) and
/// under its hashed name (its imports renamed to their hashed names).
fn modules(dir: &Path) -> Result<Vec<Served>> {
    let mut sources = BTreeMap::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        if let Some(stem) = name.strip_suffix(".mjs") {
            sources.insert(stem.to_owned(), std::fs::read_to_string(&path)?);
        }
    }
    let mut hashed: BTreeMap<String, (String, Vec<String>)> = BTreeMap::new();
    let mut served = Vec::new();
    while hashed.len() < sources.len() {
        let before = hashed.len();
        for (stem, source) in &sources {
            if hashed.contains_key(stem) {
                continue;
            }
            let imports = imported(source);
            if !imports.iter().all(|i| hashed.contains_key(i)) {
                continue;
            }
            let mut text = source.clone();
            let mut closure = Vec::new();
            for import in &imports {
                let (name, deeper) = &hashed[import];
                let file = name.trim_start_matches("js/");
                text = text.replace(&format!("\"./{import}.mjs\""), &format!("\"./{file}\""));
                closure.push(name.clone());
                closure.extend(deeper.iter().cloned());
            }
            closure.sort();
            closure.dedup();
            let name = format!("js/{stem}.{}.mjs", short_hash(text.as_bytes()));
            hashed.insert(stem.clone(), (name.clone(), closure.clone()));
            served.push(Served {
                name: format!("js/{stem}.mjs"),
                plain: format!("js/{stem}.mjs"),
                content_type: "text/javascript; charset=utf-8",
                bytes: source.clone().into_bytes(),
                imports: Vec::new(),
            });
            served.push(Served {
                name,
                plain: format!("js/{stem}.mjs"),
                content_type: "text/javascript; charset=utf-8",
                bytes: text.into_bytes(),
                imports: closure,
            });
        }
        if hashed.len() == before {
            return Err("the modules in assets/js import each other in a cycle".into());
        }
    }
    Ok(served)
}

/// The modules `source` imports (`… from "./NAME.mjs";`), by stem.
fn imported(source: &str) -> Vec<String> {
    source
        .split(" from \"./")
        .skip(1)
        .filter_map(|rest| rest.split_once(".mjs\"").map(|(stem, _)| stem.to_owned()))
        .collect()
}

fn short_hash(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes)[..5])
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Writes `file`'s compressed forms to `out` and its row to `table`.
fn entry(table: &mut String, out: &Path, file: &Served) -> Result<()> {
    let stem = file.name.replace('/', "_");
    let gzip = compressed(out, &format!("{stem}.gz"), &file.bytes, gzip(&file.bytes)?)?;
    let brotli = compressed(
        out,
        &format!("{stem}.br"),
        &file.bytes,
        brotli(&file.bytes)?,
    )?;
    let identity = out.join(&stem);
    std::fs::write(&identity, &file.bytes)?;
    let digest = hex(&Sha256::digest(&file.bytes)[..16]);
    writeln!(
        table,
        "    Asset {{ name: {:?}, plain: {:?}, content_type: {:?}, tag: {:?}, \
         identity: include_bytes!({:?}), gzip: {gzip}, brotli: {brotli}, imports: &{:?} }},",
        file.name, file.plain, file.content_type, digest, identity, file.imports
    )?;
    Ok(())
}

/// `Some(include_bytes!(…))` of the compressed form if it saves a tenth or more.
fn compressed(out: &Path, name: &str, plain: &[u8], packed: Vec<u8>) -> Result<String> {
    if packed.len() * 10 > plain.len() * 9 {
        return Ok("None".to_owned());
    }
    let path = out.join(name);
    std::fs::write(&path, packed)?;
    Ok(format!("Some(include_bytes!({path:?}))"))
}

fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    Ok(encoder.finish()?)
}

fn brotli(bytes: &[u8]) -> Result<Vec<u8>> {
    let mut packed = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut packed, &params)?;
    Ok(packed)
}

//! The command-line shell: `klartext read [--url URL] [--format json|html|markdown|text] [--plain]
//! [--out DIR] [FILE|-]...`. It reads files (plain or .gz), calls the core and writes the chosen format;
//! a failing file gets one line on stderr and exit code 2 while the other files are still processed.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use klartext::{export, read, read_plain, Reading};

const USAGE: &str = "usage: klartext read [--url URL] [--format json|html|markdown|text] [--plain] [--out DIR] [FILE|-]...";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Html,
    Markdown,
    Text,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Html => "html",
            Format::Markdown => "md",
            Format::Text => "txt",
        }
    }
}

struct Options {
    url: Option<String>,
    format: Format,
    plain: bool,
    out: Option<PathBuf>,
    inputs: Vec<String>,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("read") => {}
        Some("--help") | Some("-h") | None => return Err(USAGE.to_string()),
        Some(other) => return Err(format!("unknown command '{other}'; {USAGE}")),
    }
    let mut opts = Options {
        url: None,
        format: Format::Json,
        plain: false,
        out: None,
        inputs: Vec::new(),
    };
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--url" => opts.url = Some(value("--url")?),
            "--out" => opts.out = Some(PathBuf::from(value("--out")?)),
            "--plain" => opts.plain = true,
            "--format" => {
                opts.format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "html" => Format::Html,
                    "markdown" | "md" => Format::Markdown,
                    "text" | "txt" => Format::Text,
                    other => {
                        return Err(format!(
                            "unknown format '{other}' (json, html, markdown, text)"
                        ))
                    }
                }
            }
            "-" => opts.inputs.push("-".into()),
            s if s.starts_with("--") => return Err(format!("unknown option '{s}'; {USAGE}")),
            s => opts.inputs.push(s.to_string()),
        }
    }
    if opts.inputs.is_empty() {
        opts.inputs.push("-".into());
    }
    Ok(opts)
}

fn load(input: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    if input == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("stdin: {e}"))?;
    } else {
        bytes = std::fs::read(input).map_err(|e| format!("{input}: {e}"))?;
    }
    if input.ends_with(".gz") {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&bytes[..])
            .take(klartext::MAX_INPUT_BYTES as u64 + 1)
            .read_to_end(&mut out)
            .map_err(|e| format!("{input}: not valid gzip: {e}"))?;
        bytes = out;
    }
    // Invalid UTF-8 is replaced rather than refused: pages in the wild mix encodings.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn render(reading: &Reading, format: Format) -> Result<String, String> {
    Ok(match format {
        Format::Json => serde_json::to_string_pretty(reading).map_err(|e| e.to_string())? + "\n",
        Format::Html => export::html_document(reading, ""),
        Format::Markdown => export::reading_markdown(reading),
        Format::Text => reading.text.clone() + "\n",
    })
}

fn stem(input: &str) -> String {
    let name = Path::new(input)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("stdin");
    let name = name.strip_suffix(".gz").unwrap_or(name);
    match name.rfind('.') {
        Some(i) if i > 0 => name[..i].to_string(),
        _ => name.to_string(),
    }
}

fn process(input: &str, opts: &Options, to_dir: Option<&Path>) -> Result<(), String> {
    let source = load(input)?;
    let result = if opts.plain {
        read_plain(&source, opts.url.as_deref())
    } else {
        read(&source, opts.url.as_deref())
    };
    let reading = result.map_err(|e| format!("{input}: {e}"))?;
    let output = render(&reading, opts.format)?;
    match to_dir {
        Some(dir) => {
            let path = dir.join(format!("{}.{}", stem(input), opts.format.extension()));
            std::fs::write(&path, output).map_err(|e| format!("{}: {e}", path.display()))
        }
        None => std::io::stdout()
            .write_all(output.as_bytes())
            .map_err(|e| format!("stdout: {e}")),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse_args(&args) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("klartext: {msg}");
            return ExitCode::from(2);
        }
    };
    let to_dir = opts
        .out
        .clone()
        .or_else(|| (opts.inputs.len() > 1).then(|| PathBuf::from(".")));
    if let Some(dir) = &to_dir {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("klartext: {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    }
    let mut failed = false;
    for input in &opts.inputs {
        if let Err(msg) = process(input, &opts, to_dir.as_deref()) {
            eprintln!("klartext: {msg}");
            failed = true;
        }
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

//! Klartext's native benchmark binary (run by `scripts/bench.sh`; build with
//! `cargo build --profile bench-native --example bench`). Timings live here, never in tests.
//!   bench corpus MANIFEST OUT_DIR TIMINGS.jsonl   time read() per page in-process, write texts
//!   bench card ROUNDS MANIFEST...                 the card alone, ROUNDS times over the pages
//!   bench scale                                   scaling table: time and peak heap vs page size
//!   bench scale-one KIND PARAM                    one scaling case (the child process of `scale`)

mod alloc;
mod card;
mod corpus;
mod pages;
mod scale;

use std::path::Path;
use std::process::ExitCode;

#[global_allocator]
static ALLOC: alloc::Counting = alloc::Counting;

const USAGE: &str =
    "usage: bench corpus MANIFEST OUT_DIR TIMINGS | bench card ROUNDS MANIFEST... | bench scale | bench scale-one KIND PARAM";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let result = match argv.as_slice() {
        ["corpus", manifest, out, timings] => {
            corpus::run(Path::new(manifest), Path::new(out), Path::new(timings))
        }
        ["card", rounds, manifests @ ..] if !manifests.is_empty() => match rounds.parse() {
            Ok(n) => card::run(&manifests.iter().map(Path::new).collect::<Vec<_>>(), n),
            Err(_) => Err(format!("bad number '{rounds}'")),
        },
        ["scale"] => scale::run(),
        ["scale-one", kind, param] => match param.parse() {
            Ok(p) => scale::one(kind, p),
            Err(_) => Err(format!("bad number '{param}'")),
        },
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench: {e}");
            ExitCode::FAILURE
        }
    }
}

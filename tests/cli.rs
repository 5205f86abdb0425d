//! The built `klartext` binary: one input to stdout, several to files in --out DIR with the format's
//! extension, .html.gz input, --plain, every --format, and failures (missing, empty, binary, invalid
//! UTF-8, no article): one line on stderr, exit code 2, the other files still processed, never a panic.

mod security_support;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use security_support::{article_page, Placement};

fn page() -> String {
    article_page(
        "<p>Ein weiterer Absatz über die Beratungen im Ausschuss.</p>",
        Placement::Block,
    )
}

/// A fresh directory for one test under cargo's scratch space.
fn scratch(test: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{test}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn klartext(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_klartext"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run klartext");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or_default()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn assert_no_panic(o: &Output) {
    let err = stderr(o);
    assert!(!err.contains("panicked"), "the CLI panicked: {err}");
    assert_ne!(o.status.code(), Some(101), "exit code 101 is a panic");
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

#[test]
fn one_input_goes_to_stdout_as_json() {
    let dir = scratch("stdout");
    std::fs::write(dir.join("artikel.html"), page()).unwrap();
    let out = klartext(
        &dir,
        &["read", "--url", security_support::PAGE_URL, "artikel.html"],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON on stdout");
    assert_eq!(json["title"], "Haushalt: Regierung einigt sich auf Entwurf");
    assert_eq!(json["url"], security_support::PAGE_URL);
    assert!(json["text"].as_str().unwrap().contains("Ausschuss"));
    // Nothing written next to the input.
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
}

#[test]
fn stdin_is_read_with_dash_and_by_default() {
    let dir = scratch("stdin");
    for args in [&["read", "-"][..], &["read"][..]] {
        let out = klartext(&dir, args, Some(page().as_bytes()));
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stdout(&out).contains("\"title\""));
    }
}

#[test]
fn every_format_to_stdout() {
    let dir = scratch("formats");
    std::fs::write(dir.join("a.html"), page()).unwrap();
    let run = |format: &str| {
        let out = klartext(&dir, &["read", "--format", format, "a.html"], None);
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        stdout(&out)
    };
    let md = run("markdown");
    assert!(
        md.starts_with("# Haushalt: Regierung einigt sich auf Entwurf\n"),
        "{md}"
    );
    assert!(md.contains("Ausschuss"));
    assert_eq!(run("md"), md);
    let html = run("html");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Content-Security-Policy"));
    assert!(html.contains("<p>Ein weiterer Absatz über die Beratungen im Ausschuss.</p>"));
    let text = run("text");
    assert!(text.contains("Ein weiterer Absatz über die Beratungen im Ausschuss."));
    assert!(!text.contains('<'), "text has markup: {text}");
    assert_eq!(run("txt"), text);
    let json = run("json");
    assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok());
}

#[test]
fn several_inputs_go_to_files_with_the_format_extension() {
    let dir = scratch("several");
    std::fs::write(dir.join("eins.html"), page()).unwrap();
    std::fs::write(dir.join("zwei.htm"), page()).unwrap();
    std::fs::write(dir.join("drei.html.gz"), gzip(page().as_bytes())).unwrap();
    for (format, ext) in [
        ("json", "json"),
        ("html", "html"),
        ("markdown", "md"),
        ("text", "txt"),
    ] {
        let out_dir = format!("out-{format}");
        let out = klartext(
            &dir,
            &[
                "read",
                "--format",
                format,
                "--out",
                &out_dir,
                "eins.html",
                "zwei.htm",
                "drei.html.gz",
            ],
            None,
        );
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        assert!(out.stdout.is_empty(), "nothing on stdout with --out");
        let mut names: Vec<String> = std::fs::read_dir(dir.join(&out_dir))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(
            names,
            vec![
                format!("drei.{ext}"),
                format!("eins.{ext}"),
                format!("zwei.{ext}")
            ]
        );
        let eins = std::fs::read_to_string(dir.join(&out_dir).join(format!("eins.{ext}"))).unwrap();
        assert!(eins.contains("Ausschuss"));
    }
}

#[test]
fn several_inputs_without_out_go_to_the_current_directory() {
    let dir = scratch("several-cwd");
    std::fs::write(dir.join("eins.html"), page()).unwrap();
    std::fs::write(dir.join("zwei.html"), page()).unwrap();
    let out = klartext(
        &dir,
        &["read", "--format", "text", "eins.html", "zwei.html"],
        None,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(dir.join("eins.txt").is_file() && dir.join("zwei.txt").is_file());
}

#[test]
fn gzipped_input_is_read() {
    let dir = scratch("gz");
    std::fs::write(dir.join("seite.html.gz"), gzip(page().as_bytes())).unwrap();
    let out = klartext(&dir, &["read", "--format", "text", "seite.html.gz"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Ausschuss"));
    // A .gz that is not gzip is one clear error.
    std::fs::write(dir.join("kaputt.html.gz"), page()).unwrap();
    let out = klartext(&dir, &["read", "kaputt.html.gz"], None);
    assert_eq!(out.status.code(), Some(2));
    assert_one_error_line(&out, "kaputt.html.gz");
}

fn assert_one_error_line(out: &Output, mentions: &str) {
    assert_no_panic(out);
    let err = stderr(out);
    assert_eq!(
        err.lines().count(),
        1,
        "exactly one line on stderr: {err:?}"
    );
    assert!(err.contains(mentions), "{err:?} should name {mentions}");
}

#[test]
fn a_failing_file_gives_one_line_and_exit_2_while_others_are_processed() {
    let dir = scratch("failing");
    std::fs::write(dir.join("gut.html"), page()).unwrap();
    std::fs::write(dir.join("leer.html"), "").unwrap();
    std::fs::write(
        dir.join("nav.html"),
        "<html><body><nav><a href=/>Start</a></nav></body></html>",
    )
    .unwrap();
    std::fs::write(dir.join("auch-gut.html"), page()).unwrap();
    for bad in ["leer.html", "fehlt.html", "nav.html"] {
        let out = klartext(
            &dir,
            &["read", "--out", "out", "gut.html", bad, "auch-gut.html"],
            None,
        );
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert_one_error_line(&out, bad);
        assert!(dir.join("out/gut.json").is_file() && dir.join("out/auch-gut.json").is_file());
        let _ = std::fs::remove_dir_all(dir.join("out"));
    }
}

#[test]
fn empty_and_junk_input_are_clear_errors_not_panics() {
    let dir = scratch("junk");
    let out = klartext(&dir, &["read"], Some(b""));
    assert_eq!(out.status.code(), Some(2));
    assert_one_error_line(&out, "empty");
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let junk: Vec<u8> = (0..200_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    std::fs::write(dir.join("junk.bin"), &junk).unwrap();
    for args in [
        &["read", "junk.bin"][..],
        &["read", "--plain", "junk.bin"][..],
    ] {
        let out = klartext(&dir, args, None);
        assert_no_panic(&out);
        assert!(matches!(out.status.code(), Some(0) | Some(2)));
        if out.status.code() == Some(2) {
            assert_eq!(stderr(&out).lines().count(), 1);
        }
    }
}

#[test]
fn invalid_utf8_is_replaced_not_refused() {
    let dir = scratch("utf8");
    let mut bytes = page().into_bytes();
    let at = bytes.windows(9).position(|w| w == b"Ausschuss").unwrap();
    // A Latin-1 "ü" and a stray continuation byte inside the article text.
    bytes.splice(at..at, [0xfc, b' ', 0x80, b' ', 0xff, 0xfe]);
    std::fs::write(dir.join("latin1.html"), &bytes).unwrap();
    let out = klartext(&dir, &["read", "--format", "text", "latin1.html"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains('\u{fffd}') && text.contains("Ausschuss"),
        "{text}"
    );
    let out = klartext(&dir, &["read", "--format", "text"], Some(&bytes));
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn plain_text_input() {
    let dir = scratch("plain");
    let text = "Haushalt beschlossen\n\nDie Regierung hat den Haushalt beschlossen. „Das ist ein guter Tag für das Land“, sagte Finanzminister Thomas Berger am Dienstag.\n\nDie Opposition kritisierte den Entwurf.\n";
    std::fs::write(dir.join("notiz.txt"), text).unwrap();
    let out = klartext(&dir, &["read", "--plain", "notiz.txt"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["title"], "Haushalt beschlossen");
    assert!(json["html"].as_str().unwrap().starts_with("<p>"));
    // --plain takes markup literally: it is escaped, not interpreted.
    let out = klartext(
        &dir,
        &["read", "--plain", "--format", "html", "-"],
        Some(b"<script>alert(1)</script> ein Text mit Worten"),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let html = stdout(&out);
    assert!(
        html.contains("&lt;script&gt;") && !html.contains("<script"),
        "{html}"
    );
}

#[test]
fn bad_arguments_are_one_line_and_exit_2() {
    let dir = scratch("args");
    for args in [
        &["read", "--format", "pdf", "x.html"][..],
        &["read", "--bogus"][..],
        &["read", "--url"][..],
        &["frobnicate"][..],
        &[][..],
    ] {
        let out = klartext(&dir, args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_no_panic(&out);
        assert_eq!(
            stderr(&out).lines().count(),
            1,
            "{args:?}: {}",
            stderr(&out)
        );
    }
}

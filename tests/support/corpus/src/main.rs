//! `claimdiff-corpus [--articles N] [--seed S] DIR`: writes a synthetic corpus for benchmarks.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut articles = 1000;
    let mut seed = 1;
    let mut dir = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let number = |value: Option<String>| value.and_then(|v| v.parse().ok());
        match arg.as_str() {
            "--articles" => match number(args.next()) {
                Some(n) => articles = n,
                None => return usage(),
            },
            "--seed" => match number(args.next()) {
                Some(n) => seed = n as u64,
                None => return usage(),
            },
            _ if dir.is_none() && !arg.starts_with('-') => dir = Some(PathBuf::from(arg)),
            _ => return usage(),
        }
    }
    let Some(dir) = dir else { return usage() };
    match claimdiff_corpus::write(&dir, articles, seed) {
        Ok(bytes) => {
            eprintln!("claimdiff-corpus: wrote {articles} articles, {bytes} bytes");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("claimdiff-corpus: writing to {}: {error}", dir.display());
            ExitCode::FAILURE
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("usage: claimdiff-corpus [--articles N] [--seed S] DIR");
    ExitCode::from(2)
}

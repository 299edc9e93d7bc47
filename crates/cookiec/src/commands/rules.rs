//! `cookiec rules`: list every lint rule with its code, name, default
//! severity, kind, jurisdictions and whether a fix is available.
//!
//! Exit status: 0; 2 for an unknown `--jurisdiction` region.

use cookiec_check::model::Region;
use cookiec_check::rules::{Rule, REGISTRY};
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One aligned line per rule.
    Human,
    /// A JSON array of objects, one per rule.
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
    /// Only rules that run for this region (repeatable); spec and policy
    /// rules always run.
    #[arg(long = "jurisdiction", value_name = "REGION")]
    jurisdictions: Vec<String>,
}

/// The JSON shape of one rule (stable: tools read it). `jurisdictions`
/// is empty when the rule always runs.
fn record(r: &Rule) -> serde_json::Value {
    serde_json::json!({
        "code": r.info.code,
        "name": r.info.name,
        "severity": r.info.severity.as_str(),
        "kind": r.kind.as_str(),
        "jurisdictions": r.jurisdictions.iter().map(|j| j.as_str()).collect::<Vec<_>>(),
        "fix": r.fix.as_str(),
        "summary": r.info.summary,
        "source": r.source,
        "docs": cookiec_check::rules::docs::url(r.info.code),
    })
}

pub fn run(args: Args) -> ExitCode {
    let mut regions = Vec::new();
    for j in &args.jurisdictions {
        match Region::parse(j) {
            Some(r) => regions.push(r),
            None => {
                eprintln!(
                    "error: unknown region `{j}`; expected one of: {}",
                    Region::NAMES.join(", ")
                );
                return ExitCode::from(2);
            }
        }
    }
    let rules: Vec<&Rule> = REGISTRY
        .iter()
        .filter(|r| regions.is_empty() || r.applies_to(&regions))
        .collect();
    match args.format {
        Format::Json => {
            let records: Vec<serde_json::Value> = rules.iter().map(|r| record(r)).collect();
            match serde_json::to_string_pretty(&records) {
                Ok(s) => println!("{s}"),
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            }
        }
        Format::Human => {
            println!(
                "{:<7} {:<40} {:<8} {:<9} {:<7} JURISDICTIONS",
                "CODE", "NAME", "SEVERITY", "KIND", "FIX"
            );
            for r in rules {
                println!(
                    "{:<7} {:<40} {:<8} {:<9} {:<7} {}",
                    r.info.code,
                    r.info.name,
                    r.info.severity.as_str(),
                    r.kind.as_str(),
                    r.fix.as_str(),
                    r.jurisdictions_label()
                );
            }
        }
    }
    ExitCode::SUCCESS
}

//! One owned diagnostic type for the lexer, the parser, early errors and uncaught runtime
//! errors, and the single place where ariadne renders it.

use crate::ast::Span;
use ariadne::{Config, IndexType, Label, Report, ReportKind, Source};

/// A message about a place in the source: a syntax error, or an uncaught exception.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The error's name as Node prints it: `SyntaxError`, `TypeError`, …
    pub name: String,
    pub message: String,
    /// Where it happened.
    pub span: Span,
    /// Text under the primary span (for example "expected `)`").
    pub label: Option<String>,
    /// Secondary spans with their own text.
    pub labels: Vec<(Span, String)>,
    /// Lines printed after the snippet ("help: …").
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn new(name: impl Into<String>, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            name: name.into(),
            message: message.into(),
            span,
            label: None,
            labels: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// A `SyntaxError` at `span`.
    pub fn syntax(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic::new("SyntaxError", message, span)
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    /// 1-based line and column (in characters) of the primary span's start.
    pub fn line_col(&self, source: &str) -> (usize, usize) {
        line_col(source, self.span.start as usize)
    }

    /// Renders the diagnostic as text: `<title>` then `file:line:col`, the source line with the
    /// span underlined, labels and notes. `color` only when writing to a terminal.
    pub fn render(&self, title: &str, filename: &str, source: &str, color: bool) -> String {
        let len = source.len();
        let start = (self.span.start as usize).min(len);
        let end = (self.span.end as usize).clamp(start, len);
        let (line, col) = line_col(source, start);
        // The title's head names the report, as Node names errors: `SyntaxError: …`,
        // `Uncaught TypeError: …`.
        let (kind, rest) = title.split_once(": ").unwrap_or((title, ""));
        let mut report = Report::build(
            ReportKind::Custom(kind, ariadne::Color::Red),
            (filename, start..end),
        )
        .with_config(
            Config::default()
                .with_index_type(IndexType::Byte)
                .with_color(color),
        )
        .with_message(format!("{rest}\n  at {filename}:{line}:{col}"));
        let primary = Label::new((filename, start..end));
        report = report.with_label(match &self.label {
            Some(text) => primary.with_message(text),
            None => primary,
        });
        for (span, text) in &self.labels {
            let s = (span.start as usize).min(len);
            let e = (span.end as usize).clamp(s, len);
            report = report.with_label(Label::new((filename, s..e)).with_message(text));
        }
        for note in &self.notes {
            report = report.with_note(note);
        }
        let mut out = Vec::new();
        report
            .finish()
            .write((filename, Source::from(source)), &mut out)
            .expect("writing a report to a Vec cannot fail");
        let text = String::from_utf8_lossy(&out).into_owned();
        if color {
            text
        } else {
            // ariadne colours a `ReportKind::Custom` title even when colour is off.
            strip_ansi(&text)
        }
    }
}

/// Removes ANSI SGR escape sequences (`ESC [ … m`).
pub fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// 1-based line and column (counted in characters) of a byte offset.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..floor_char_boundary(source, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

//! The body of a request to the API, and the limits it may ask for.

use mini_js::{Expected, Options};
use serde::Deserialize;
use std::time::Duration;

/// `{"source": "...", "limits": {...}, ...}`: one shape for every endpoint; each reads the
/// fields it needs (a field no endpoint knows is refused, so a typo is not ignored).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiRequest {
    /// The program.
    pub source: String,
    /// The name errors and stack frames show (default `main.js`).
    #[serde(default)]
    pub filename: Option<String>,
    /// Lower limits than the server's.
    #[serde(default)]
    pub limits: Limits,
    /// check: the expected stdout (lines separated by `\n`).
    #[serde(default)]
    pub expect: Option<String>,
    /// check: the expected order, `5,1,3,6,4,2`.
    #[serde(default)]
    pub order: Option<String>,
    /// check: the expected exit status.
    #[serde(default)]
    pub status: Option<i32>,
    /// trace: only these kinds of events (`trace --only`).
    #[serde(default)]
    pub only: Vec<String>,
    /// trace: only events of this function (`trace --function`).
    #[serde(default)]
    pub function: Option<String>,
    /// trace: the queue's contents on each enqueue and job (`trace --queue`).
    #[serde(default)]
    pub queue: bool,
}

impl ApiRequest {
    pub fn filename(&self) -> &str {
        self.filename.as_deref().unwrap_or("main.js")
    }

    /// check's expectation: `expect` or `order` (both is an error); `None` when neither is
    /// given (the source's `// expect:` comments are used then).
    pub fn expected(&self) -> Result<Option<Expected>, String> {
        let output = match (&self.expect, &self.order) {
            (Some(_), Some(_)) => {
                return Err("give either \"expect\" or \"order\", not both".into())
            }
            (Some(e), None) => Some(Expected::stdout(e)),
            (None, Some(o)) => Some(Expected::order(o)),
            (None, None) => None,
        };
        Ok(output.map(|mut e| {
            e.status = self.status;
            e
        }))
    }
}

/// The limits a request asks for, named as `mini-js run`'s flags. Each can only lower the
/// server's (the safe defaults: 10 s, 256 MiB of heap, 1 MiB of output, 10⁹ steps); a value
/// above the server's is capped to it, 0 is refused.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    pub timeout_ms: Option<u64>,
    pub max_heap_mb: Option<u64>,
    pub max_output_kb: Option<u64>,
    pub max_steps: Option<u64>,
    pub max_source_kb: Option<u64>,
}

/// `current` lowered to `asked` (a missing current limit stays as asked: it cannot happen
/// with the safe defaults, which set them all).
fn lower(current: Option<u64>, asked: u64) -> Option<u64> {
    Some(current.map_or(asked, |c| c.min(asked)))
}

impl Limits {
    /// `options` (the server's) with these limits lowered; an error names a 0.
    pub fn apply(&self, mut options: Options) -> Result<Options, String> {
        let fields = [
            ("timeout_ms", self.timeout_ms),
            ("max_heap_mb", self.max_heap_mb),
            ("max_output_kb", self.max_output_kb),
            ("max_steps", self.max_steps),
            ("max_source_kb", self.max_source_kb),
        ];
        if let Some((name, _)) = fields.iter().find(|(_, v)| *v == Some(0)) {
            return Err(format!(
                "limits.{name} must be at least 1 (a request can only lower the server's limits)"
            ));
        }
        if let Some(ms) = self.timeout_ms {
            let current = options.timeout.map(|d| d.as_millis() as u64);
            options.timeout = lower(current, ms).map(Duration::from_millis);
        }
        if let Some(mb) = self.max_heap_mb {
            options.max_heap_bytes = lower(options.max_heap_bytes, mb.saturating_mul(1 << 20));
        }
        if let Some(kb) = self.max_output_kb {
            options.max_output_bytes = lower(options.max_output_bytes, kb.saturating_mul(1 << 10));
        }
        if let Some(n) = self.max_steps {
            options.max_steps = lower(options.max_steps, n);
        }
        if let Some(kb) = self.max_source_kb {
            options.max_source_bytes = lower(options.max_source_bytes, kb.saturating_mul(1 << 10));
        }
        Ok(options)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_only_lower() {
        let base = Options::new();
        let asked = Limits {
            timeout_ms: Some(60_000),
            max_heap_mb: Some(16),
            max_steps: Some(5_000_000_000),
            ..Limits::default()
        };
        let o = asked.apply(base.clone()).unwrap();
        assert_eq!(
            o.timeout, base.timeout,
            "60 s is capped to the server's 10 s"
        );
        assert_eq!(o.max_heap_bytes, Some(16 << 20));
        assert_eq!(o.max_steps, base.max_steps);
        assert_eq!(o.max_output_bytes, base.max_output_bytes);
        let zero = Limits {
            max_output_kb: Some(0),
            ..Limits::default()
        };
        assert!(zero.apply(base).unwrap_err().contains("max_output_kb"));
    }
}

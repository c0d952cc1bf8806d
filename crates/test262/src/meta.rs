//! A test's metadata: the YAML front matter between `/*---` and `---*/` (test262's
//! INTERPRETING.md, "Metadata"). Only the keys a host acts on are read — flags, includes,
//! features and negative — so a small line-based reader does instead of a YAML library.

/// The parts of a test's front matter that decide how it runs and what counts as passing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    pub flags: Vec<String>,
    pub includes: Vec<String>,
    pub features: Vec<String>,
    pub negative: Option<Negative>,
}

/// `negative:` — the test must fail with an error of `error_type` in `phase`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Negative {
    /// `parse`, `resolution` or `runtime`.
    pub phase: String,
    /// The constructor name of the expected error, e.g. `SyntaxError`.
    pub error_type: String,
}

impl Meta {
    pub fn has_flag(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }
}

/// Reads the front matter of a test's source. A test without one gets empty metadata.
pub fn parse(source: &str) -> Meta {
    let mut meta = Meta::default();
    let Some(start) = source.find("/*---") else {
        return meta;
    };
    let rest = &source[start + 5..];
    let body = match rest.find("---*/") {
        Some(end) => &rest[..end],
        None => rest,
    };
    // The top-level key the following indented lines belong to.
    let mut key = String::new();
    let (mut phase, mut error_type) = (None, None);
    for line in body.lines() {
        let indented = line.starts_with(' ') || line.starts_with('\t');
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if !indented {
            let Some((k, v)) = trimmed.split_once(':') else {
                key.clear();
                continue;
            };
            key = k.trim().to_string();
            let v = v.trim();
            if let Some(list) = inline_list(v) {
                if let Some(target) = list_for(&mut meta, &key) {
                    target.extend(list);
                }
            }
            continue;
        }
        if let Some(item) = trimmed.strip_prefix("- ") {
            if let Some(target) = list_for(&mut meta, &key) {
                target.push(item.trim().to_string());
            }
        } else if key == "negative" {
            if let Some((k, v)) = trimmed.split_once(':') {
                match k.trim() {
                    "phase" => phase = Some(v.trim().to_string()),
                    "type" => error_type = Some(v.trim().to_string()),
                    _ => {}
                }
            }
        }
    }
    if let (Some(phase), Some(error_type)) = (phase, error_type) {
        meta.negative = Some(Negative { phase, error_type });
    }
    meta
}

/// `[a, b, c]` as its items; `None` when `value` is not a flow list.
fn inline_list(value: &str) -> Option<Vec<String>> {
    let inner = value.strip_prefix('[')?;
    let inner = inner.split(']').next().unwrap_or(inner);
    Some(
        inner
            .split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect(),
    )
}

fn list_for<'m>(meta: &'m mut Meta, key: &str) -> Option<&'m mut Vec<String>> {
    match key {
        "flags" => Some(&mut meta.flags),
        "includes" => Some(&mut meta.includes),
        "features" => Some(&mut meta.features),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flow_and_block_lists_and_negative() {
        let src = "/*---\nesid: x\ndescription: |\n  flags: [nope]\nflags: [onlyStrict, async]\n\
                   includes:\n  - a.js\n  - b.js\nfeatures: [generators]\nnegative:\n  phase: parse\n  \
                   type: SyntaxError\n---*/\nfoo();";
        let m = parse(src);
        assert_eq!(m.flags, ["onlyStrict", "async"]);
        assert_eq!(m.includes, ["a.js", "b.js"]);
        assert_eq!(m.features, ["generators"]);
        assert_eq!(
            m.negative,
            Some(Negative {
                phase: "parse".into(),
                error_type: "SyntaxError".into()
            })
        );
    }

    #[test]
    fn no_front_matter() {
        assert_eq!(parse("x = 1;"), Meta::default());
    }
}

//! Regular expression patterns and flags (ECMA-262 §22.2.1, §22.2.3.3 RegExpInitialize's
//! checks): the early errors of a RegularExpressionLiteral (§13.2.7.2) and of `new RegExp`
//! share this one validation, done by the `regress` crate's parser, with V8's messages.

/// A RegularExpressionLiteral's body and flags, as written in the source.
#[derive(Clone, Debug, PartialEq)]
pub struct RegExpLiteral {
    pub pattern: std::rc::Rc<str>,
    pub flags: std::rc::Rc<str>,
}

/// The flags of a RegExp: which of `dgimsuvy` are present.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RegExpFlags {
    pub has_indices: bool,
    pub global: bool,
    pub ignore_case: bool,
    pub multiline: bool,
    pub dot_all: bool,
    pub unicode: bool,
    pub unicode_sets: bool,
    pub sticky: bool,
}

/// Parses a flags string (RegExpInitialize step 5–6): only `dgimsuvy`, each at most once, not
/// both `u` and `v`. `None` when invalid.
pub fn parse_flags(flags: impl IntoIterator<Item = u32>) -> Option<RegExpFlags> {
    let mut f = RegExpFlags::default();
    for c in flags {
        let slot = match char::from_u32(c)? {
            'd' => &mut f.has_indices,
            'g' => &mut f.global,
            'i' => &mut f.ignore_case,
            'm' => &mut f.multiline,
            's' => &mut f.dot_all,
            'u' => &mut f.unicode,
            'v' => &mut f.unicode_sets,
            'y' => &mut f.sticky,
            _ => return None,
        };
        if *slot {
            return None;
        }
        *slot = true;
    }
    if f.unicode && f.unicode_sets {
        return None;
    }
    Some(f)
}

/// Compiles a pattern (given as UTF-16 code units: read as code points with the `u` or `v`
/// flag, as single code units without, as §22.2.3.4 ParsePattern does) with its flags,
/// or returns V8's message for the SyntaxError: "Invalid regular expression: /p/f: reason"
/// or "Invalid regular expression flags".
pub fn compile(units: &[u16], flags: &[u32]) -> Result<regress::Regex, String> {
    let Some(f) = parse_flags(flags.iter().copied()) else {
        let shown: String = flags.iter().filter_map(|&c| char::from_u32(c)).collect();
        return Err(format!(
            "Invalid flags supplied to RegExp constructor '{shown}'"
        ));
    };
    let rflags = regress::Flags {
        icase: f.ignore_case,
        multiline: f.multiline,
        dot_all: f.dot_all,
        unicode: f.unicode,
        unicode_sets: f.unicode_sets,
        ..Default::default()
    };
    let pattern: Vec<u32> = if f.unicode || f.unicode_sets {
        char::decode_utf16(units.iter().copied())
            .map(|r| {
                r.map(u32::from)
                    .unwrap_or_else(|e| e.unpaired_surrogate() as u32)
            })
            .collect()
    } else {
        non_unicode_pattern(units)
    };
    let pattern = &pattern[..];
    regress::Regex::from_unicode(pattern.iter().copied(), rflags).map_err(|e| {
        let text = String::from_utf16_lossy(units);
        let flag_text: String = flags.iter().filter_map(|&c| char::from_u32(c)).collect();
        format!(
            "Invalid regular expression: /{text}/{flag_text}: {}",
            v8_reason(&e.text, pattern)
        )
    })
}

/// V8's wording for the reasons regress gives.
fn v8_reason(reason: &str, pattern: &[u32]) -> String {
    let count = |c: char| pattern.iter().filter(|&&u| u == c as u32).count();
    match reason {
        "Unbalanced parenthesis" if count('(') > count(')') => "Unterminated group".into(),
        "Unbalanced parenthesis" => "Unmatched ')'".into(),
        "Unbalanced bracket" => "Unterminated character class".into(),
        "Invalid quantifier" | "Quantifier not allowed here" => "Nothing to repeat".into(),
        "Invalid character range" => "Range out of order in character class".into(),
        r if r.starts_with("Range values reversed") => {
            "Range out of order in character class".into()
        }
        "Invalid atom character"
            if pattern
                .iter()
                .any(|&c| matches!(char::from_u32(c), Some('*' | '+' | '?' | '{'))) =>
        {
            "Nothing to repeat".into()
        }
        "Incomplete escape" | "Unterminated escape" if pattern.last() == Some(&('\\' as u32)) => {
            "\\ at end of pattern".into()
        }
        "Invalid character escape" | "Invalid unicode escape" => "Invalid escape".into(),
        "Duplicate capture group name" => "Duplicate capture group name".into(),
        "Invalid property name" | "Invalid property escape" => "Invalid property name".into(),
        _ => reason.to_string(),
    }
}

/// A pattern without `u` or `v` is a list of code units (§22.2.3.4), except in group names
/// (`(?<name>` and `\k<name>`), where a surrogate pair is one identifier character
/// (RegExpIdentifierStart :: UnicodeLeadSurrogate UnicodeTrailSurrogate).
fn non_unicode_pattern(units: &[u16]) -> Vec<u32> {
    let at = |i: usize, c: char| units.get(i) == Some(&(c as u16));
    let mut out = Vec::with_capacity(units.len());
    let mut in_name = false;
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        if in_name {
            if u == '>' as u16 {
                in_name = false;
            } else if (0xD800..0xDC00).contains(&u)
                && units
                    .get(i + 1)
                    .is_some_and(|t| (0xDC00..0xE000).contains(t))
            {
                let t = units[i + 1];
                out.push(0x10000 + ((u as u32 - 0xD800) << 10) + (t as u32 - 0xDC00));
                i += 2;
                continue;
            }
        } else if u == '\\' as u16 {
            // An escape: `\k<` opens a name; any other escaped unit is copied as is.
            out.push(u as u32);
            if at(i + 1, 'k') && at(i + 2, '<') {
                in_name = true;
            }
            if let Some(&next) = units.get(i + 1) {
                out.push(next as u32);
            }
            i += 2;
            continue;
        } else if u == '(' as u16
            && at(i + 1, '?')
            && at(i + 2, '<')
            && !at(i + 3, '=')
            && !at(i + 3, '!')
        {
            in_name = true;
            out.extend([u as u32, '?' as u32, '<' as u32]);
            i += 3;
            continue;
        }
        out.push(u as u32);
        i += 1;
    }
    out
}

//! The interrupt hook (mini-js patch, see PATCHES.md).
#![cfg(feature = "utf16")]

use regress::{interrupt, Regex};
use std::cell::Cell;
use std::rc::Rc;

fn units(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

#[test]
fn a_catastrophic_match_stops_when_the_hook_says_so() {
    let re = Regex::new(r"(a+)+$").unwrap();
    let text = units(&("a".repeat(40) + "!"));
    let calls = Rc::new(Cell::new(0u64));
    let seen = calls.clone();
    interrupt::set_hook(Some(Box::new(move |progress| {
        assert!(progress.work >= interrupt::CHECK_INTERVAL);
        seen.set(seen.get() + 1);
        seen.get() >= 10
    })));
    assert!(re.find_from_utf16(&text, 0).next().is_none());
    interrupt::set_hook(None);
    assert_eq!(calls.get(), 10);
    assert!(interrupt::take_interrupted());
    assert!(!interrupt::take_interrupted());
}

#[test]
fn an_interrupted_lookahead_does_not_match() {
    // Inside a negative lookahead, an interrupted (failed) body must not make the
    // lookahead succeed.
    let re = Regex::new(r"(?!(a+)+$)a").unwrap();
    let text = units(&("a".repeat(40) + "!"));
    interrupt::set_hook(Some(Box::new(|_| true)));
    assert!(re.find_from_ucs2(&text, 0).next().is_none());
    interrupt::set_hook(None);
    assert!(interrupt::take_interrupted());
}

#[test]
fn without_a_hook_matches_run_to_the_end() {
    let re = Regex::new(r"(a+)+b").unwrap();
    let text = units(&("a".repeat(18) + "b"));
    assert!(re.find_from_utf16(&text, 0).next().is_some());
    let text = units(&"a".repeat(18));
    assert!(re.find_from_utf16(&text, 0).next().is_none());
    assert!(!interrupt::take_interrupted());
}

#[test]
fn a_hook_that_never_stops_changes_nothing() {
    let re = Regex::new(r"(a|b)*c(?<=(\w)c)\2").unwrap();
    let text = units(&("ab".repeat(20000) + "cb"));
    interrupt::set_hook(Some(Box::new(|_| false)));
    let m = re.find_from_utf16(&text, 0).next().unwrap();
    interrupt::set_hook(None);
    assert_eq!(m.range(), 0..40002);
    assert!(!interrupt::take_interrupted());
}

#[test]
fn the_hook_sees_the_backtrack_stack_grow_and_can_stop_it() {
    let re = Regex::new(r"^(?:a|b)*$").unwrap();
    let text = units(&"ab".repeat(500_000));
    let largest = Rc::new(Cell::new(0usize));
    let seen = largest.clone();
    interrupt::set_hook(Some(Box::new(move |progress| {
        seen.set(seen.get().max(progress.stack_bytes));
        false
    })));
    assert!(re.find_from_utf16(&text, 0).next().is_some());
    // Two entries per iteration, each at least 16 bytes.
    assert!(largest.get() >= 1_000_000 * 16, "{}", largest.get());
    // Stopped when the stack passes 1 MiB: no match, and the stack never got much larger.
    let seen = largest.clone();
    seen.set(0);
    interrupt::set_hook(Some(Box::new(move |progress| {
        seen.set(seen.get().max(progress.stack_bytes));
        progress.stack_bytes > 1 << 20
    })));
    assert!(re.find_from_utf16(&text, 0).next().is_none());
    interrupt::set_hook(None);
    assert!(interrupt::take_interrupted());
    assert!(largest.get() < 16 << 20, "{}", largest.get());
}

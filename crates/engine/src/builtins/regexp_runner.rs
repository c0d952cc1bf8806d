//! Running the [[RegExpMatcher]] under the run's limits (issue 11). `regress` is a
//! backtracking matcher with no step budget and no interrupt: a catastrophic pattern such as
//! `/(a+)+$/` on a long string of `a`s runs for ages inside one call. When the run has a wall
//! time limit or a cancel flag, the match runs on a helper thread while the engine's thread
//! waits in short slices, checking the limit and the flag between them; when either stops
//! the run, the helper is abandoned (it ends by itself when its match finishes, its result
//! going nowhere) and the run stops with that limit. Runs without either (`mini-js run`,
//! like Node) match on the engine's own thread.

use crate::value::JsString;
use crate::{Agent, JsResult};
use std::cell::RefCell;
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::time::Duration;

/// How long the engine's thread waits between two checks of the limits.
const SLICE: Duration = Duration::from_millis(5);

/// One search: the matcher, the input (shared with the helper), where to start, and
/// whether the input is read as code points (`u`/`v`) or code units.
struct Job {
    matcher: Arc<regress::Regex>,
    text: Arc<[u16]>,
    start: usize,
    unicode: bool,
}

/// The helper thread of this engine thread, and the last input handed to it (a global
/// replace or split searches the same string many times: it is copied once).
struct Helper {
    jobs: Sender<Job>,
    results: Receiver<Option<regress::Match>>,
    input: Option<(JsString, Arc<[u16]>)>,
}

thread_local! {
    static HELPER: RefCell<Option<Helper>> = const { RefCell::new(None) };
}

/// The first match at or after `start` (code unit indices).
pub fn search(
    matcher: &regress::Regex,
    unicode: bool,
    text: &[u16],
    start: usize,
) -> Option<regress::Match> {
    if unicode {
        matcher.find_from_utf16(text, start).next()
    } else {
        matcher.find_from_ucs2(text, start).next()
    }
}

fn spawn_helper() -> Option<Helper> {
    let (job_tx, job_rx) = channel::<Job>();
    let (res_tx, res_rx) = channel();
    std::thread::Builder::new()
        .name("mini-js-regexp".into())
        .spawn(move || {
            while let Ok(job) = job_rx.recv() {
                let found = search(&job.matcher, job.unicode, &job.text, job.start);
                if res_tx.send(found).is_err() {
                    break;
                }
            }
        })
        .ok()?;
    Some(Helper {
        jobs: job_tx,
        results: res_rx,
        input: None,
    })
}

/// Runs the matcher on `s` from `start`, bounded by the run's wall time and cancel flag.
pub fn run_matcher(
    agent: &mut Agent,
    matcher: &Arc<regress::Regex>,
    unicode: bool,
    s: &JsString,
    start: usize,
) -> JsResult<Option<regress::Match>> {
    crate::limits::poll(agent)?;
    if agent.options.timeout.is_none() && agent.options.cancel.is_none() {
        return Ok(search(matcher, unicode, s.units(), start));
    }
    let mut helper = HELPER.with(|h| h.borrow_mut().take());
    if helper.is_none() {
        helper = spawn_helper();
    }
    // No thread to be had: match here (the limits cannot interrupt it then).
    let Some(mut helper) = helper else {
        return Ok(search(matcher, unicode, s.units(), start));
    };
    let text = match &helper.input {
        Some((prev, arc))
            if prev.units().as_ptr() == s.units().as_ptr() && prev.len() == s.len() =>
        {
            arc.clone()
        }
        _ => {
            let arc: Arc<[u16]> = Arc::from(s.units());
            helper.input = Some((s.clone(), arc.clone()));
            arc
        }
    };
    let job = Job {
        matcher: matcher.clone(),
        text,
        start,
        unicode,
    };
    if helper.jobs.send(job).is_err() {
        return Ok(search(matcher, unicode, s.units(), start));
    }
    loop {
        match helper.results.recv_timeout(SLICE) {
            Ok(found) => {
                HELPER.with(|h| *h.borrow_mut() = Some(helper));
                return Ok(found);
            }
            Err(RecvTimeoutError::Timeout) => {
                // A stop abandons the helper (dropped here): the next search spawns another.
                crate::limits::check_cancel_and_time(agent)?;
            }
            Err(RecvTimeoutError::Disconnected) => {
                return Ok(search(matcher, unicode, s.units(), start));
            }
        }
    }
}

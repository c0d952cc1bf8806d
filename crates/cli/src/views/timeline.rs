//! `mini-js timeline`: what ran when, over virtual time. One lane per async function call,
//! async generator, timer and the script (plain promise callbacks share one lane); bars where
//! a lane ran, a light band where it waited (named by the promise it awaited), the x-axis in
//! virtual milliseconds with every instant's jobs spread out as ticks, so same-millisecond
//! work stays readable while a 1760 ms lane stays eight times longer than a 220 ms one.

use mini_js_host_node::trace::{EventKind, JobSource, Phase, TraceEvent};
use std::collections::BTreeMap;
use std::fmt::Write;

/// The lane of promise callbacks and queueMicrotask jobs that belong to no async function.
const CALLBACKS: u64 = u64::MAX;

#[derive(Clone, Debug, Default)]
pub struct Lane {
    pub label: String,
    /// Slots in which the lane ran.
    pub runs: Vec<usize>,
    /// (from slot, to slot, what it waited for): the wait starts after slot `from` and ends
    /// where slot `to` starts; `None` while waiting.
    pub waits: Vec<(usize, Option<usize>, String)>,
    pub is_timer: bool,
}

/// A slot: the script, one job, or one timer callback — with its virtual time.
#[derive(Clone, Debug)]
pub struct Slot {
    pub time: f64,
}

#[derive(Clone, Debug, Default)]
pub struct Timeline {
    pub lanes: Vec<(u64, Lane)>,
    pub slots: Vec<Slot>,
}

#[derive(Default)]
pub struct Builder {
    lanes: BTreeMap<u64, Lane>,
    slots: Vec<Slot>,
}

impl Builder {
    fn lane(&mut self, id: u64) -> &mut Lane {
        self.lanes.entry(id).or_default()
    }

    fn slot(&self) -> usize {
        self.slots.len().saturating_sub(1)
    }

    fn ran(&mut self, lane: u64) {
        let s = self.slot();
        let l = self.lane(lane);
        if l.runs.last() != Some(&s) {
            l.runs.push(s);
        }
        if let Some(w) = l.waits.last_mut() {
            if w.1.is_none() {
                w.1 = Some(s);
            }
        }
    }

    pub fn event(&mut self, e: &TraceEvent) {
        match e.kind {
            EventKind::Phase if e.phase == Some(Phase::Script) => {
                self.slots.push(Slot { time: e.time });
                self.lane(0).label = "the script".into();
                self.ran(0);
            }
            EventKind::Job => {
                self.slots.push(Slot { time: e.time });
                let lane = e.lane.unwrap_or(CALLBACKS);
                if lane == CALLBACKS {
                    self.lane(CALLBACKS).label = "other callbacks".into();
                }
                if e.source == Some(JobSource::Timer) {
                    let l = self.lane(lane);
                    l.is_timer = true;
                    if let Some(name) = &e.label {
                        l.label = name.clone();
                    }
                }
                self.ran(lane);
            }
            EventKind::Call | EventKind::Generator => {
                if let Some(lane) = e.lane {
                    if let Some(label) = &e.label {
                        if e.kind == EventKind::Call || e.text.ends_with("created") {
                            self.lane(lane).label = label.clone();
                        }
                    }
                    if e.text.ends_with("suspended") {
                        let s = self.slot();
                        self.lane(lane).waits.push((s, None, "yield".into()));
                    } else {
                        self.ran(lane);
                    }
                }
            }
            EventKind::Resume => {
                if let Some(lane) = e.lane {
                    self.ran(lane);
                }
            }
            EventKind::Await => {
                if let Some(lane) = e.lane {
                    self.ran(lane);
                    let s = self.slot();
                    let what = e.label.clone().unwrap_or_default();
                    self.lane(lane).waits.push((s, None, what));
                }
            }
            EventKind::Timer => {
                if let Some(lane) = e.lane {
                    let s = self.slot();
                    let l = self.lane(lane);
                    l.is_timer = true;
                    if let Some(name) = &e.label {
                        l.label = name.clone();
                    }
                    let what = "its due time".to_string();
                    l.waits.push((s, None, what));
                }
            }
            _ => {}
        }
    }

    pub fn finish(&self) -> Timeline {
        let end = self.slots.len();
        let lanes = self
            .lanes
            .iter()
            .map(|(id, l)| {
                let mut l = l.clone();
                for w in &mut l.waits {
                    if w.1.is_none() {
                        w.1 = Some(end);
                    }
                }
                (*id, l)
            })
            .collect();
        Timeline {
            lanes,
            slots: self.slots.clone(),
        }
    }
}

/// Maps slots to x positions in [0, width]: time in ms takes 65% of the width when any
/// virtual time passes, each slot's tick the rest.
pub struct Scale {
    per_slot: f64,
    xs: Vec<f64>,
}

impl Scale {
    pub fn new(tl: &Timeline, width: f64) -> Scale {
        let n = tl.slots.len().max(1) as f64;
        let t0 = tl.slots.first().map_or(0.0, |s| s.time);
        let span = tl.slots.last().map_or(0.0, |s| s.time) - t0;
        let (per_ms, per_slot) = if span > 0.0 {
            (width * 0.65 / span, width * 0.35 / n)
        } else {
            (0.0, width / n)
        };
        let xs = tl
            .slots
            .iter()
            .enumerate()
            .map(|(i, s)| (s.time - t0) * per_ms + i as f64 * per_slot)
            .collect();
        Scale { per_slot, xs }
    }

    /// Where slot `i` starts (the end of the last slot for `i == len`).
    pub fn x(&self, i: usize) -> f64 {
        match self.xs.get(i) {
            Some(x) => *x,
            None => self.xs.last().map_or(0.0, |x| x + self.per_slot),
        }
    }

    pub fn slot_width(&self) -> f64 {
        self.per_slot
    }
}

/// A lane's first and last virtual time, for its label: "0–1760 ms".
fn extent(tl: &Timeline, l: &Lane) -> Option<(f64, f64)> {
    let first = l.runs.first().copied()?;
    let mut last = *l.runs.last()?;
    for w in &l.waits {
        if let Some(to) = w.1 {
            if to < tl.slots.len() {
                last = last.max(to);
            }
        }
    }
    Some((tl.slots.get(first)?.time, tl.slots.get(last)?.time))
}

fn fmt_ms(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.1}")
    }
}

fn lane_title(tl: &Timeline, l: &Lane) -> (String, String) {
    let span = match extent(tl, l) {
        Some((a, b)) if l.is_timer => format!("fires at {} ms", fmt_ms(b.max(a))),
        Some((a, b)) => format!("{}–{} ms ({} ms)", fmt_ms(a), fmt_ms(b), fmt_ms(b - a)),
        None => String::new(),
    };
    (l.label.clone(), span)
}

/// The distinct virtual times, with the slot where each starts.
fn instants(tl: &Timeline) -> Vec<(f64, usize)> {
    let mut v: Vec<(f64, usize)> = Vec::new();
    for (i, s) in tl.slots.iter().enumerate() {
        if v.last().is_none_or(|l| l.0 != s.time) {
            v.push((s.time, i));
        }
    }
    v
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The timeline as a self-contained SVG (no scripts, no external fonts).
pub fn svg(tl: &Timeline, title: &str) -> String {
    let label_w = 330.0;
    let chart_w = 760.0;
    let lane_h = 24.0;
    let top = 52.0;
    let width = label_w + chart_w + 30.0;
    let height = top + lane_h * tl.lanes.len() as f64 + 56.0;
    let sc = Scale::new(tl, chart_w);
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12">"#
    );
    let _ = writeln!(
        s,
        r##"<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>"##
    );
    let _ = writeln!(
        s,
        r##"<text x="10" y="20" font-size="15" font-weight="bold" fill="#222">{}</text>"##,
        xml_escape(title)
    );
    let _ = writeln!(
        s,
        r##"<text x="10" y="38" fill="#555">bars: running · light bands: waiting (for the named promise) · x: virtual ms, each instant's jobs spread out as ticks</text>"##
    );
    // Instants: shaded bands where same-millisecond ticks run, and the axis labels.
    let chart_bottom = top + lane_h * tl.lanes.len() as f64;
    let inst = instants(tl);
    let mut last_label_x = -1e9;
    for (k, (time, start)) in inst.iter().enumerate() {
        let end = inst.get(k + 1).map_or(tl.slots.len(), |n| n.1);
        let x0 = label_w + sc.x(*start);
        let x1 = label_w + sc.x(end - 1) + sc.slot_width();
        let _ = writeln!(
            s,
            r##"<rect x="{x0:.1}" y="{top}" width="{:.1}" height="{:.1}" fill="#eef3fb"/>"##,
            (x1 - x0).max(1.0),
            chart_bottom - top
        );
        if x0 - last_label_x >= 46.0 {
            last_label_x = x0;
            let _ = writeln!(
                s,
                r##"<line x1="{x0:.1}" y1="{chart_bottom}" x2="{x0:.1}" y2="{:.1}" stroke="#444"/><text x="{x0:.1}" y="{:.1}" fill="#222" text-anchor="middle">{} ms</text>"##,
                chart_bottom + 6.0,
                chart_bottom + 20.0,
                fmt_ms(*time)
            );
        }
    }
    let _ = writeln!(
        s,
        r##"<line x1="{label_w}" y1="{chart_bottom}" x2="{:.1}" y2="{chart_bottom}" stroke="#444"/>"##,
        label_w + chart_w
    );
    for (i, (id, l)) in tl.lanes.iter().enumerate() {
        let y = top + lane_h * i as f64;
        let (name, span) = lane_title(tl, l);
        if i % 2 == 1 {
            let _ = writeln!(
                s,
                r##"<rect x="0" y="{y}" width="{label_w}" height="{lane_h}" fill="#f6f6f6"/>"##
            );
        }
        // About 6.6 px per character at 12 px: the name gets what the span leaves.
        let room = 44usize.saturating_sub(span.chars().count() + 1).max(8);
        let name: String = if name.chars().count() > room {
            name.chars().take(room - 1).collect::<String>() + "…"
        } else {
            name
        };
        let _ = writeln!(
            s,
            r##"<text x="8" y="{:.1}" fill="#222">{}</text><text x="{:.1}" y="{:.1}" fill="#333" text-anchor="end" font-weight="bold">{}</text>"##,
            y + 16.0,
            xml_escape(&name),
            label_w - 8.0,
            y + 16.0,
            xml_escape(&span)
        );
        let color = if *id == 0 {
            "#4a4a4a"
        } else if l.is_timer {
            "#d08a1e"
        } else if *id == CALLBACKS {
            "#7a5bb5"
        } else {
            "#2f6fc0"
        };
        for (from, to, what) in &l.waits {
            let to = to.unwrap_or(tl.slots.len());
            let x0 = label_w + sc.x(*from) + sc.slot_width();
            let x1 = label_w + sc.x(to);
            if x1 <= x0 {
                continue;
            }
            let _ = writeln!(
                s,
                r##"<rect x="{x0:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{color}" fill-opacity="0.16"/>"##,
                y + 7.0,
                x1 - x0,
                lane_h - 14.0
            );
            let room = ((x1 - x0) / 6.5) as usize;
            if room >= 8 && !l.is_timer {
                let shown: String = if what.chars().count() > room {
                    what.chars()
                        .take(room.saturating_sub(1))
                        .collect::<String>()
                        + "…"
                } else {
                    what.clone()
                };
                let _ = writeln!(
                    s,
                    r##"<text x="{:.1}" y="{:.1}" font-size="10" fill="#555">{}</text>"##,
                    x0 + 3.0,
                    y + 15.5,
                    xml_escape(&shown)
                );
            }
        }
        for r in &l.runs {
            let x0 = label_w + sc.x(*r);
            let w = sc.slot_width().max(2.0);
            let _ = writeln!(
                s,
                r##"<rect x="{x0:.1}" y="{:.1}" width="{w:.1}" height="{:.1}" fill="{color}"/>"##,
                y + 4.0,
                lane_h - 8.0
            );
        }
    }
    let _ = writeln!(
        s,
        r##"<text x="{label_w}" y="{:.1}" fill="#555">virtual time →</text>"##,
        chart_bottom + 40.0
    );
    s.push_str("</svg>\n");
    s
}

/// The timeline in the terminal: `columns` wide at most, Unicode blocks.
pub fn text(tl: &Timeline, title: &str, columns: usize) -> String {
    let label_w = 40usize;
    let chart_w = columns.saturating_sub(label_w + 1).max(10);
    let sc = Scale::new(tl, chart_w as f64);
    let mut out = String::new();
    let _ = writeln!(out, "{title}");
    let _ = writeln!(
        out,
        "█ running  ░ waiting  · timer pending; x: virtual ms, same-ms jobs spread as ticks"
    );
    for (_, l) in &tl.lanes {
        let (name, span) = lane_title(tl, l);
        let mut row = vec![' '; chart_w];
        let col = |x: f64| (x.floor() as usize).min(chart_w - 1);
        for (from, to, _) in &l.waits {
            let to = to.unwrap_or(tl.slots.len());
            let (a, b) = (col(sc.x(*from) + sc.slot_width()), col(sc.x(to)));
            for c in row.iter_mut().take(b).skip(a) {
                *c = if l.is_timer { '·' } else { '░' };
            }
        }
        for r in &l.runs {
            let a = col(sc.x(*r));
            let b = col(sc.x(*r) + sc.slot_width()).max(a + 1).min(chart_w);
            for c in row.iter_mut().take(b).skip(a) {
                *c = '█';
            }
        }
        let room = label_w - 1;
        let mut label = if span.is_empty() {
            name.clone()
        } else {
            format!("{name} {span}")
        };
        if label.chars().count() > room {
            let keep = room.saturating_sub(span.chars().count() + 2);
            let short: String = name.chars().take(keep).collect();
            label = format!("{short}… {span}");
        }
        let pad = room.saturating_sub(label.chars().count());
        let _ = writeln!(
            out,
            "{label}{} │{}",
            " ".repeat(pad),
            row.iter().collect::<String>().trim_end()
        );
    }
    // The axis: a label at each instant that has room.
    let mut axis = vec![' '; chart_w];
    let mut next_free = 0usize;
    for (time, start) in instants(tl) {
        let c = (sc.x(start).floor() as usize).min(chart_w - 1);
        let label = format!("{}ms", fmt_ms(time));
        if c >= next_free && c + label.len() <= axis.len() {
            for (k, ch) in label.chars().enumerate() {
                axis[c + k] = ch;
            }
            next_free = c + label.len() + 1;
        }
    }
    let _ = writeln!(out, "{} └{}", " ".repeat(label_w - 1), "─".repeat(chart_w));
    let axis: String = axis.iter().collect();
    let _ = writeln!(out, "{}  {}", " ".repeat(label_w - 1), axis.trim_end());
    out
}

//! The flags that choose and tune the host: `--host node|spec`, `--step-ns N`,
//! `--unhandled-rejections=MODE` (shared by `run`, `trace` and `check`).

use clap::{Args, ValueEnum};
use mini_js::{HostKind, Options, UnhandledRejections};

#[derive(Args, Clone, Debug, Default)]
pub struct HostFlags {
    /// The host: `node` (Node's event loop, process, nextTick, setImmediate) or `spec`
    /// (only the jobs ECMA-262 defines, plus timers).
    #[arg(long, value_enum, default_value_t = HostArg::Node)]
    pub host: HostArg,
    /// Virtual nanoseconds each evaluator step costs (0: synchronous code takes no time).
    #[arg(long, value_name = "N")]
    pub step_ns: Option<u64>,
    /// What an unhandled rejection does, as Node's flag of the same name.
    #[arg(long, value_enum, value_name = "MODE", default_value_t = RejectionsArg::Throw)]
    pub unhandled_rejections: RejectionsArg,
}

#[derive(ValueEnum, Clone, Copy, Debug, Default)]
pub enum HostArg {
    #[default]
    Node,
    Spec,
}

#[derive(ValueEnum, Clone, Copy, Debug, Default)]
pub enum RejectionsArg {
    #[default]
    Throw,
    Strict,
    Warn,
    None,
    WarnWithErrorCode,
}

impl HostFlags {
    /// Sets the host options of `options`, and `process.argv`'s extra arguments.
    pub fn apply(&self, options: &mut Options, args: &[String]) {
        options.host = match self.host {
            HostArg::Node => HostKind::Node,
            HostArg::Spec => HostKind::Spec,
        };
        options.step_ns = self.step_ns;
        options.unhandled_rejections = match self.unhandled_rejections {
            RejectionsArg::Throw => UnhandledRejections::Throw,
            RejectionsArg::Strict => UnhandledRejections::Strict,
            RejectionsArg::Warn => UnhandledRejections::Warn,
            RejectionsArg::None => UnhandledRejections::None,
            RejectionsArg::WarnWithErrorCode => UnhandledRejections::WarnWithErrorCode,
        };
        options.argv = args.to_vec();
    }
}

//! The bounded pool that runs programs: `workers` threads take jobs from a queue of at most
//! `queue` waiting jobs. A full queue is refused at once (the server answers 503), so a flood
//! of requests costs the server a bounded amount of memory and no request waits behind more
//! than `queue` others.

use std::sync::mpsc::{self, Receiver, SyncSender, TrySendError};
use std::sync::{Arc, Mutex};
use tokio::sync::oneshot;

type Job = Box<dyn FnOnce() + Send>;

/// The queue was full: the job was not taken.
#[derive(Debug)]
pub struct Full;

pub struct Pool {
    sender: SyncSender<Job>,
}

impl Pool {
    /// Starts `workers` threads (at least one) behind a queue of `queue` waiting jobs.
    pub fn new(workers: usize, queue: usize) -> std::io::Result<Pool> {
        let (sender, receiver) = mpsc::sync_channel::<Job>(queue);
        let receiver = Arc::new(Mutex::new(receiver));
        for i in 0..workers.max(1) {
            let receiver = receiver.clone();
            std::thread::Builder::new()
                .name(format!("mini-js-worker-{i}"))
                .spawn(move || work(&receiver))?;
        }
        Ok(Pool { sender })
    }

    /// Queues `f`; its result arrives on the returned receiver. `Err(Full)` when the queue
    /// holds `queue` jobs already (with a queue of 0: when no worker is idle).
    pub fn submit<T: Send + 'static>(
        &self,
        f: impl FnOnce() -> T + Send + 'static,
    ) -> Result<oneshot::Receiver<T>, Full> {
        let (tx, rx) = oneshot::channel();
        let job: Job = Box::new(move || {
            // The requester may have gone: then nobody reads the answer.
            let _ = tx.send(f());
        });
        match self.sender.try_send(job) {
            Ok(()) => Ok(rx),
            Err(TrySendError::Full(_)) | Err(TrySendError::Disconnected(_)) => Err(Full),
        }
    }
}

/// A worker: takes the next job until the pool is dropped. A job that panics is caught so
/// the worker lives on (the engine catches its own panics; this is for the renderers).
fn work(receiver: &Mutex<Receiver<Job>>) {
    loop {
        let job = match receiver.lock() {
            Ok(r) => r.recv(),
            Err(_) => return,
        };
        match job {
            Ok(job) => {
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
            }
            Err(_) => return,
        }
    }
}

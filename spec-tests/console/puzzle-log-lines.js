// esid: host-console-log
// labelled log lines like sync/microtask/timeout traces
const log = [];
['sync 1', 'sync 2', 'microtask 1', 'timeout 1'].forEach((s, i) => log.push({ step: i + 1, what: s }));
console.log(log);

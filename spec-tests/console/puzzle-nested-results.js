// esid: host-console-log
// results nested three levels deep
console.log({ batch: [{ id: 1, parts: [{ ok: true }] }, { id: 2, parts: [{ ok: false, retry: [1, 2] }] }] });

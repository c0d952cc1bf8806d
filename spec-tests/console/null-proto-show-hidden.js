// esid: host-console-dir
// a null-prototype object with showHidden
console.dir(Object.assign(Object.create(null), { a: 1 }), { showHidden: true });

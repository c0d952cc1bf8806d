// esid: sec-weakmap-objects
// With showHidden, console.dir lists a weak collection's entries, sorted as text (as Node previews them).
const k = { a: 1 }, j = [1, 2], s = Symbol('s');
const wm = new WeakMap([[k, 2], [j, 'two'], [s, { deep: { deeper: { deepest: 1 } } }]]);
console.dir(wm, { showHidden: true });
console.dir(new WeakSet([k, j, s]), { showHidden: true });
console.dir(new WeakRef(k), { showHidden: true });
console.dir({ inner: wm }, { showHidden: true, depth: 0 });
console.dir(new WeakMap(), { showHidden: true });
console.dir(new FinalizationRegistry(() => {}), { showHidden: true });
console.dir([].values().map((x) => x), { showHidden: true });

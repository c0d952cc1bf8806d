// esid: host-console-log
// arrays of small objects stay on one line when short
console.log([{ a: 1 }, { b: 2 }]);
console.log([{ id: 1, name: 'alpha' }, { id: 2, name: 'beta' }, { id: 3, name: 'gamma' }]);

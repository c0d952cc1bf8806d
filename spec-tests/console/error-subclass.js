// esid: host-console-error-subclass
// Node's stack frames are compared after dropping its own (node:internal) frames, with paths from the repository root
// subclass names: MyErr [Error] when name is not set
class MyErr extends Error {}
console.log(new MyErr('x'));
class NamedErr extends Error { constructor(m) { super(m); this.name = 'NamedErr'; } }
console.log(new NamedErr('y'));

// esid: host-console-error-subclass
// node-differs: Node prints the stack frames ("    at …" lines naming files); mini-js has none
// subclass names: MyErr [Error] when name is not set
class MyErr extends Error {}
console.log(new MyErr('x'));
class NamedErr extends Error { constructor(m) { super(m); this.name = 'NamedErr'; } }
console.log(new NamedErr('y'));

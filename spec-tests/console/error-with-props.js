// esid: host-console-error-props
// node-differs: Node prints the stack frames ("    at …" lines naming files); mini-js has none
// extra own properties follow in braces
const e = new Error('failed');
e.code = 'E_FAIL';
e.status = 500;
console.log(e);

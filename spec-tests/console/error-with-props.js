// esid: host-console-error-props
// Node's stack frames are compared after dropping its own (node:internal) frames, with paths from the repository root
// extra own properties follow in braces
const e = new Error('failed');
e.code = 'E_FAIL';
e.status = 500;
console.log(e);

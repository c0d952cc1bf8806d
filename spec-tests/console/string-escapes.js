// esid: host-console-log
// control characters and backslashes are escaped
console.log(['tab\there', 'nl\nx', 'cr\rx', 'back\\slash', 'nul\0x']);
console.log(['\x01\x1f\x7f', '\b\f\v']);
console.log(['\u0085', '\u009f', '\u00a0']);

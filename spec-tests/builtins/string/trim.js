// esid: sec-string.prototype.trim
// trim, trimStart and trimEnd remove whitespace and line terminators.
const s = ' \t\n  hi there \r\n\u00a0';
console.log(`[${s.trim()}]`, `[${s.trimStart()}]`.length, `[${s.trimEnd()}]`.length);
console.log(`[${'\ufeffx\u2028'.trim()}]`, `[${''.trim()}]`, `[${'   '.trim()}]`);
console.log('x'.trimLeft === 'x'.trimStart, 'x'.trimRight === 'x'.trimEnd);

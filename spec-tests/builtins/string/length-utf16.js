// esid: sec-ecmascript-language-types-string-type
// Strings are sequences of UTF-16 code units: length counts code units.
console.log('abc'.length, ''.length, 'é'.length, 'e\u0301'.length);
console.log('😀'.length, '😀'[0] === '\ud83d', '😀'.charCodeAt(1).toString(16));
console.log([...'a😀b'].length, 'a😀b'.length);
console.log('日本語'.length, '\0'.length);
const s = 'hello';
s.length = 10;
console.log(s.length);

// esid: sec-quotejsonstring
// String escaping in JSON.stringify, including lone surrogates.
console.log(JSON.stringify('quote " backslash \\ slash /'));
console.log(JSON.stringify('\n\r\t\b\f\u0001\u001f'));
console.log(JSON.stringify('\u2028\u2029 é 😀'));
console.log(JSON.stringify('\ud800'), JSON.stringify('\udc00x'));
console.log(JSON.stringify({ 'key "q"': 1 }));

// esid: host-console-log
// grouping measures wide characters as two columns
console.log(['日本', '中文', '한국어', 'abc', 'de', 'f', 'ghij', 'k']);
console.log(['é', 'ü', 'ñ', 'ø', 'å', 'ç', 'ß', 'œ']);

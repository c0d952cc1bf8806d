// esid: host-console-log
// arrays of more than six strings group into left-aligned columns
console.log(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew']);
const w = [];
for (let i = 0; i < 26; i++) w.push(String.fromCharCode(97 + i).repeat(1 + (i % 5)));
console.log(w);

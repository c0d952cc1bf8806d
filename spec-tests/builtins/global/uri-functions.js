// esid: sec-uri-handling-functions
// encodeURI/encodeURIComponent/decodeURI/decodeURIComponent and Annex B escape/unescape.
const s = 'https://ex.am/ple?q=a b&c=d#frag/é€😀;,';
console.log(encodeURI(s));
console.log(encodeURIComponent(s));
console.log(decodeURI(encodeURI(s)) === s, decodeURIComponent(encodeURIComponent(s)) === s);
console.log(decodeURI('%3B%2F%3f%23%41%C3%A9'), decodeURIComponent('%3B%2F%3f%23%41%C3%A9'));
for (const bad of ['%', '%zz', '%C3', '%C3%28', '%80', '%F8%80%80%80', '%ED%A0%80', '%C0%AF']) {
  try { decodeURIComponent(bad); } catch (e) { console.log(bad, String(e)); }
}
for (const bad of ['\uD800', 'a\uDC00b']) {
  try { encodeURIComponent(bad); } catch (e) { console.log(String(e)); }
}
console.log(escape('a b+c/ä€@*_-.'), unescape('%u20AC%41%zz%u12%E4'), unescape(escape('ä€\u0100')));
console.log(encodeURI.length, encodeURI.name, typeof escape, encodeURIComponent(undefined), decodeURI(12));

// esid: sec-getsubstitution
// $-patterns in string replacements: $$, $&, $` and $'.
const s = 'left-MID-right';
console.log(s.replace('MID', '[$&]'), s.replace('MID', '$$'), s.replace('MID', '$`'), s.replace('MID', "$'"));
console.log(s.replace('MID', '$1'), s.replace('MID', '$'), s.replace('MID', '$<n>'));
console.log('aXbXc'.replaceAll('X', '($&)'), 'price'.replace('price', '$$5'));

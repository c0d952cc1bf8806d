// Object and array work with string building: literals, property reads and writes,
// array push/index, and `+=` on a growing string.
const points = [];
for (let i = 0; i < 200000; i++) {
  points.push({ x: i % 97, y: (i * 7) % 89, tag: 'p' + (i % 10) });
}
let sx = 0;
let sy = 0;
const counts = {};
for (let i = 0; i < points.length; i++) {
  const p = points[i];
  sx += p.x;
  sy += p.y;
  counts[p.tag] = (counts[p.tag] || 0) + 1;
}
let text = '';
for (let i = 0; i < 50000; i++) text += String.fromCharCode(97 + (i % 26));
let vowels = 0;
for (let i = 0; i < text.length; i++) if ('aeiou'.indexOf(text[i]) >= 0) vowels++;
console.log('objects', sx, sy, Object.keys(counts).length, counts.p3, text.length, vowels);

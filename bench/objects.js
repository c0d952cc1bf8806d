// Short-lived objects and property access.
let sum = 0;
for (let i = 0; i < 1000000; i++) { const p = { x: i, y: i * 2 }; sum += p.x + p.y; }
console.log(sum);

// esid: host-console-log
// grouped arrays deeper in an object have less room
const a = [];
for (let i = 0; i < 26; i++) a.push('item' + i);
console.log({ level1: { level2: { list: a } } });

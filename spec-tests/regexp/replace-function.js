// esid: sec-regexp.prototype-%symbol.replace%
// @@replace with a function replacer (§22.2.6.11 step 15.k).
const out = "x1y22z333".replace(/(\d)(\d*)/g, (match, p1, p2, offset, string) => {
  console.log(JSON.stringify([match, p1, p2, offset, string]));
  return `<${match.length}>`;
});
console.log(out);
const named = "2024-06-30".replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, (...args) => {
  const groups = args[args.length - 1];
  console.log(groups);
  return `${groups.d}.${groups.m}.${groups.y}`;
});
console.log(named);
console.log("aaa".replace(/a/g, () => "$&"));

// esid: sec-array.prototype.foreach
// forEach ignores the promises its async callback returns: "done" prints before any result.
const job = (name, ms) => new Promise(r => setTimeout(() => r(name.toUpperCase()), ms));
async function main() {
  const results = [];
  ['x', 'y', 'z'].forEach(async (name, i) => {
    const v = await job(name, 300 - i * 100);
    results.push(v);
    console.log('finished', v);
  });
  console.log('done?', results.length);
  await job('wait', 500);
  console.log('really done', results.join(','));
}
main();

// esid: sec-try-statement-runtime-semantics-evaluation
// await inside try, catch and finally blocks keeps their order across suspensions.
async function run(fail) {
  const log = [];
  try {
    log.push('try');
    await null;
    if (fail) throw new Error('x');
    log.push('try end');
  } catch (e) {
    log.push('catch');
    await null;
    log.push('catch end');
  } finally {
    log.push('finally');
    await null;
    log.push('finally end');
  }
  return log.join(' > ');
}
run(false).then(v => console.log('ok  :', v));
run(true).then(v => console.log('fail:', v));

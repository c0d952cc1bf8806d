// Forgetting an await: save() reports success before the write has finished, and a failing
// write is never seen by the caller's try/catch. With await, both come out in the right order.

const disk = [];
function write(record, fail) {
  return new Promise((resolve, reject) => setTimeout(() => {
    if (fail) reject(new Error(`disk full while writing ${record}`));
    else { disk.push(record); resolve(); }
  }, 20));
}

async function saveForgetful(record) {
  write(record, false);
  console.log(`forgetful: "${record}" saved? disk has ${disk.length} records`);
}

async function saveCareful(record, fail) {
  try {
    await write(record, fail);
    console.log(`careful: "${record}" saved, disk has ${disk.length} records`);
  } catch (error) {
    console.log('careful caught:', error.message);
  }
}

(async () => {
  await saveForgetful('draft');
  await saveCareful('final', false);
  await saveCareful('huge', true);
})();

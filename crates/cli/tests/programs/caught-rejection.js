// A rejected await inside try/catch resumes with a throw completion.
async function load() {
  try {
    await Promise.reject(new Error('offline'));
  } catch (e) {
    console.log('caught:', e.message);
  } finally {
    console.log('cleanup');
  }
  return 'fallback';
}
load().then((v) => console.log('result:', v));

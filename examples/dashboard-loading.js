// Loading a dashboard's posts and friends with a stand-in for fetch (a timer that resolves
// with fake data): awaiting one request after the other takes the sum of both delays,
// starting both and awaiting Promise.all takes the longer one. Times rounded to 100 ms.

const fakeServer = {
  '/posts': { delay: 200, body: [{ title: 'Hello' }, { title: 'Second post' }] },
  '/friends': { delay: 200, body: [{ name: 'Ada' }, { name: 'Linus' }, { name: 'Grace' }] },
};

function fakeFetch(path) {
  const route = fakeServer[path];
  return new Promise((resolve) => {
    setTimeout(() => resolve({ json: async () => JSON.parse(JSON.stringify(route.body)) }), route.delay);
  });
}

const since = (t0) => Math.round((Date.now() - t0) / 100) * 100;

async function loadSequentially() {
  const t0 = Date.now();
  const posts = await (await fakeFetch('/posts')).json();
  const friends = await (await fakeFetch('/friends')).json();
  console.log(`sequential: ${posts.length} posts, ${friends.length} friends in ${since(t0)} ms`);
}

async function loadInParallel() {
  const t0 = Date.now();
  const [posts, friends] = await Promise.all([
    fakeFetch('/posts').then((r) => r.json()),
    fakeFetch('/friends').then((r) => r.json()),
  ]);
  console.log(`parallel:   ${posts.length} posts, ${friends.length} friends in ${since(t0)} ms`);
  console.log('first post:', posts[0].title, '| friends:', friends.map((f) => f.name).join(', '));
}

loadSequentially().then(loadInParallel);

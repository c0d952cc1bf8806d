// esid: sec-createresolvingfunctions
// A then handler returning an object with a then getter: the getter runs during the handler's resolution.
Promise.resolve()
  .then(() => {
    console.log('handler returns');
    return {
      get then() {
        console.log('then getter read');
        return (ok) => { console.log('then method called'); ok('adopted'); };
      },
    };
  })
  .then(v => console.log('next handler got', v));
Promise.resolve().then(() => console.log('other 1')).then(() => console.log('other 2')).then(() => console.log('other 3'));

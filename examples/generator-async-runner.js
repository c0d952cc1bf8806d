// Before async/await: a generator yields promises and a small driver resumes it with each
// result (or throws the rejection into it). The driver is what async functions do for you.

function drive(generatorFunction) {
  return new Promise((resolve, reject) => {
    const steps = generatorFunction();
    function resume(method, input) {
      let step;
      try {
        step = steps[method](input);
      } catch (error) {
        reject(error);
        return;
      }
      if (step.done) {
        resolve(step.value);
        return;
      }
      Promise.resolve(step.value).then(
        (value) => resume('next', value),
        (error) => resume('throw', error),
      );
    }
    resume('next');
  });
}

const lookup = (table, key, ms) =>
  new Promise((resolve, reject) =>
    setTimeout(() => (key in table ? resolve(table[key]) : reject(new Error(`no ${key}`))), ms));

const users = { u1: { name: 'Mira', team: 't9' } };
const teams = { t9: 'Compilers' };

drive(function* () {
  const user = yield lookup(users, 'u1', 30);
  console.log('user:', user.name);
  const team = yield lookup(teams, user.team, 20);
  console.log('team:', team);
  try {
    yield lookup(teams, 't404', 10);
  } catch (error) {
    console.log('recovered from:', error.message);
  }
  return `${user.name} works on ${team}`;
}).then((summary) => console.log('summary:', summary));

// Array pipelines: map, filter, reduce and sort over a list of records.

const orders = [
  { id: 1, customer: 'ana', items: 3, total: 42.5, status: 'shipped' },
  { id: 2, customer: 'ben', items: 1, total: 9.99, status: 'pending' },
  { id: 3, customer: 'ana', items: 5, total: 120, status: 'shipped' },
  { id: 4, customer: 'cy', items: 2, total: 30, status: 'cancelled' },
  { id: 5, customer: 'ben', items: 4, total: 55.25, status: 'shipped' },
  { id: 6, customer: 'dee', items: 1, total: 15, status: 'pending' },
];

const shipped = orders.filter((o) => o.status === 'shipped');
console.log('shipped ids:', shipped.map((o) => o.id).join(', '));

const revenue = shipped.reduce((sum, o) => sum + o.total, 0);
console.log('shipped revenue:', revenue.toFixed(2));

const byCustomer = orders.reduce((acc, o) => {
  acc[o.customer] = (acc[o.customer] ?? 0) + o.total;
  return acc;
}, {});
console.log('per customer:', JSON.stringify(byCustomer));

// Sort is stable: equal item counts keep their original order.
const byItems = [...orders].sort((a, b) => b.items - a.items || 0);
console.log('by items desc:', byItems.map((o) => `${o.id}:${o.items}`).join(' '));

const names = [...new Set(orders.map((o) => o.customer))].sort();
console.log('customers:', names.join(' '));

const statuses = Object.entries(
  orders.reduce((acc, o) => ({ ...acc, [o.status]: (acc[o.status] || 0) + 1 }), {}),
).map(([status, n]) => `${status}=${n}`);
console.log('status counts:', statuses.join(', '));

const biggest = orders.toSorted((a, b) => b.total - a.total).slice(0, 3);
console.log('top 3 totals:', biggest.map((o) => o.total));

console.log('any cancelled?', orders.some((o) => o.status === 'cancelled'));
console.log('all positive?', orders.every((o) => o.total > 0));
console.log('first pending:', orders.find((o) => o.status === 'pending').id);
console.log('last pending:', orders.findLast((o) => o.status === 'pending').id);

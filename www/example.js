// Example: Crossread's ES module in a newsroom page. Serves as the package's smoke test (e2e).
import init, { compare } from './pkg/crossread.js';

await init();
const out = document.getElementById('out');
function run() {
  const doc = compare([
    { id: 'a', text: document.getElementById('a').value },
    { id: 'b', text: document.getElementById('b').value },
  ]);
  const people = doc.story.entities.filter((e) => e.type === 'PERSON').map((e) => e.name);
  const figure = (m) => doc.articles.find((a) => a.id === m.source).figures[m.index].text;
  const conflicts = doc.story.figures.filter((g) => g.relation === 'conflict').map((g) => g.members.map(figure).join(' vs '));
  out.textContent = `people: ${people.join(', ')}\nfigure conflicts: ${conflicts.join('; ') || 'none'}`;
}
document.getElementById('run').addEventListener('click', run);
run();
document.body.dataset.ready = 'true';

// The chain demo's "caseworker" form and event list (dev only). Text only, never HTML: the events
// come from the gateway but are shown as data.
const form = document.getElementById('volgende-status');
const select = document.getElementById('zaak-keuze');
const outcome = document.getElementById('volgende-status-uitslag');
const list = document.getElementById('berichten');
const state = document.getElementById('berichten-stand');
const labels = new Map([...select.options].map((o) => [o.value, o.textContent]));
const time = () => new Date().toLocaleTimeString('nl-NL');

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  outcome.textContent = 'Bezig…';
  try {
    const res = await fetch('/demo/volgende-status', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-mijn-zaken': '1' },
      body: JSON.stringify({ zaak: select.value }),
      signal: AbortSignal.timeout(10000),
    });
    const body = await res.json();
    outcome.textContent = res.ok ? `${labels.get(select.value)}: nieuwe status "${body.omschrijving}" (${time()}).` : body.fout ?? 'Dat lukte niet.';
  } catch {
    outcome.textContent = 'Dat lukte niet.';
  }
});

const source = new EventSource('/api/zgw/mijn-zaken/v1/events');
source.addEventListener('open', () => (state.textContent = `Verbonden (${time()}): berichten over uw zaken komen hieronder.`));
source.addEventListener('error', () => {
  state.textContent = source.readyState === EventSource.CLOSED ? 'Geen verbinding: log in om berichten over uw zaken te krijgen.' : 'Verbinding verbroken; opnieuw verbinden…';
});
source.addEventListener('zaak', (event) => {
  let zaak = '';
  try {
    zaak = String(JSON.parse(event.data).zaak ?? '');
  } catch {
    return;
  }
  const item = document.createElement('li');
  item.textContent = `${time()}: ${labels.get(zaak) ?? zaak} is bijgewerkt.`;
  list.prepend(item);
});

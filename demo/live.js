// The demo's "caseworker": gives the live demo's zaak its next status in the mock gateway
// (demo/gateway/live.mjs, the demo's own session), as a municipality's back office would.
const form = document.getElementById('live-volgende-status');
const result = document.getElementById('live-uitslag');
form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const sub = event.submitter?.name === 'sub';
  result.textContent = '';
  try {
    const response = await fetch('/api/zgw/_live/demo/next-status', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ zaak: form.dataset.zaak, sub }),
    });
    result.textContent = response.ok
      ? 'De zaak heeft een nieuwe stap. Het element laat die zien zodra het kijkt: binnen 30 seconden, of als u terugkomt naar dit tabblad.'
      : 'Dat lukte niet.';
  } catch {
    result.textContent = 'Dat lukte niet.';
  }
});

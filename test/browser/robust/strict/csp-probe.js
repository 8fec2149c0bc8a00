// First script of the strict host pages: records every CSP violation before anything else runs.
window.__cspViolations = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => window.__cspViolations.push(`${event.effectiveDirective}: ${event.blockedURI || '(inline)'} ${event.sourceFile || ''}:${event.lineNumber || 0} ${event.sample || ''}`),
  true,
);

// The assessment webview's script (src/vscode/assessment.ts loads it with a nonce).
//
// It does three things:
// - swaps in a new assessment when the extension posts {type: 'update', html, version} (the
//   markup is the engine's, escaped there), keeping the scroll position;
// - turns clicks into messages: a claim row, a finding or a reasoning point → {type: 'reveal',
//   line, column}; a fix button → {type: 'applyFix', finding, version}; an export button →
//   {type: 'export', format};
// - after each rendering, posts {type: 'rendered', version, claimRows, …}: what the table shows,
//   read back from the page, which the extension keeps for its tests.
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');

  function text(el) {
    return (el.textContent || '').replace(/\s+/g, ' ').trim();
  }

  function report() {
    const version = Number(root.dataset.version);
    const claimRows = Array.from(root.querySelectorAll('tr.jl-claim')).map((tr) => ({
      number: Number(tr.dataset.number),
      line: Number(tr.dataset.line),
      outcome: tr.dataset.outcome,
      codes: (tr.dataset.codes || '').split(' ').filter(Boolean),
      cells: Array.from(tr.cells).map(text),
    }));
    const findings = Array.from(root.querySelectorAll('li.jl-finding')).map((li) => ({
      code: li.dataset.code,
      line: Number(li.dataset.line),
      fix: li.querySelector('button.jl-apply') ? Number(li.querySelector('button.jl-apply').dataset.finding) : undefined,
    }));
    vscode.postMessage({
      type: 'rendered',
      version,
      claimRows,
      findings,
      headings: Array.from(root.querySelectorAll('h2')).map(text),
      theme: ['vscode-light', 'vscode-dark', 'vscode-high-contrast', 'vscode-high-contrast-light'].filter((c) => document.body.classList.contains(c)),
    });
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || m.type !== 'update' || typeof m.html !== 'string') return;
    const y = window.scrollY;
    root.innerHTML = m.html;
    root.dataset.version = String(m.version);
    window.scrollTo(0, y);
    report();
  });

  function activate(target) {
    const button = target.closest('button[data-action]');
    if (button) {
      if (button.dataset.action === 'applyFix') {
        vscode.postMessage({ type: 'applyFix', finding: Number(button.dataset.finding), version: Number(root.dataset.version) });
      } else if (button.dataset.action === 'export') {
        vscode.postMessage({ type: 'export', format: button.dataset.format });
      }
      return;
    }
    const at = target.closest('[data-line]');
    if (at && root.contains(at)) {
      vscode.postMessage({ type: 'reveal', line: Number(at.dataset.line), column: Number(at.dataset.column || 1) });
    }
  }

  document.addEventListener('click', (event) => activate(event.target));
  document.addEventListener('keydown', (event) => {
    if ((event.key === 'Enter' || event.key === ' ') && event.target.matches('[data-line]')) {
      event.preventDefault();
      activate(event.target);
    }
  });

  // A theme change swaps the body's class (vscode-light / vscode-dark …): say so too.
  new MutationObserver(report).observe(document.body, { attributes: true, attributeFilter: ['class'] });
  report();
})();

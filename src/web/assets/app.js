// Progressive enhancement: role autocomplete on inputs marked data-autocomplete. The page works without it.
(() => {
  const inputs = document.querySelectorAll('input[data-autocomplete]');
  for (const input of inputs) {
    const box = document.createElement('div');
    box.className = 'autocomplete';
    input.parentNode.insertBefore(box, input);
    box.appendChild(input);
    const list = document.createElement('ul');
    list.id = `${input.id}-options`;
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    box.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('list');
    let active = -1;
    let timer;
    const close = () => {
      list.hidden = true;
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    };
    const choose = (item) => {
      input.value = item.dataset.title;
      close();
    };
    const highlight = (index) => {
      const items = list.querySelectorAll('li');
      items.forEach((item, i) => {
        item.setAttribute('aria-selected', String(i === index));
      });
      active = index;
      if (items[index]) input.setAttribute('aria-activedescendant', items[index].id);
    };
    input.addEventListener('input', () => {
      clearTimeout(timer);
      const query = input.value.trim();
      if (query.length < 2) return close();
      timer = setTimeout(async () => {
        const response = await fetch(`/api/v1/roles?search=${encodeURIComponent(query)}&limit=6`);
        if (!response.ok) return close();
        const { items } = await response.json();
        list.replaceChildren(
          ...items.map((role, i) => {
            const li = document.createElement('li');
            li.id = `${list.id}-${i}`;
            li.setAttribute('role', 'option');
            li.dataset.title = role.title;
            li.textContent = role.title;
            li.addEventListener('mousedown', (event) => {
              event.preventDefault();
              choose(li);
            });
            return li;
          }),
        );
        list.hidden = items.length === 0;
        input.setAttribute('aria-expanded', String(items.length > 0));
        active = -1;
      }, 120);
    });
    input.addEventListener('keydown', (event) => {
      const items = list.querySelectorAll('li');
      if (list.hidden || items.length === 0) return;
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        highlight((active + 1) % items.length);
      } else if (event.key === 'ArrowUp') {
        event.preventDefault();
        highlight((active - 1 + items.length) % items.length);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        choose(items[active]);
      } else if (event.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', () => setTimeout(close, 100));
  }
})();

// Saved plans: tick items without reloading, showing the progress the server computed; copy the plan link.
(() => {
  const form = document.querySelector('form[data-plan]');
  if (form) {
    const planId = form.dataset.plan;
    const status = {
      'not started': 'Not started yet',
      'on track': 'On track',
      ahead: 'Ahead of plan',
      behind: 'Behind plan',
      complete: 'Complete',
    };
    const show = (progress) => {
      const overall = document.querySelector('[data-progress-overall]');
      if (overall) overall.textContent = `${progress.done} of ${progress.total} done (${progress.pct}%)`;
      const bar = document.querySelector('[data-progress-bar]');
      if (bar) bar.value = progress.pct;
      const state = document.querySelector('[data-progress-status]');
      if (state) {
        const behind = progress.status === 'behind' ? ` by about ${progress.behindWeeks} weeks` : '';
        state.textContent = `${status[progress.status] ?? progress.status}${behind}`;
      }
      for (const phase of progress.phases) {
        const cell = document.querySelector(`[data-phase-progress="${phase.index}"]`);
        if (cell) cell.textContent = `${phase.done}/${phase.total} (${phase.pct}%)`;
      }
    };
    form.addEventListener('change', async (event) => {
      const box = event.target;
      if (!(box instanceof HTMLInputElement) || !box.dataset.item) return;
      box.disabled = true;
      try {
        const response = await fetch(
          `/api/v1/plans/${planId}/items/${encodeURIComponent(box.dataset.item)}`,
          {
            method: 'PUT',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ done: box.checked }),
          },
        );
        if (!response.ok) throw new Error(String(response.status));
        show((await response.json()).progress);
      } catch {
        box.checked = !box.checked;
      } finally {
        box.disabled = false;
      }
    });
  }
  for (const button of document.querySelectorAll('button[data-copy]')) {
    const input = document.getElementById(button.dataset.copy);
    if (!input || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(input.value);
      button.textContent = 'Copied';
    });
  }
})();

// Printing opens every FAQ answer and "how we computed this" note, and closes again afterwards.
(() => {
  let opened = [];
  window.addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll('details:not([open])')];
    for (const details of opened) details.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const details of opened) details.open = false;
    opened = [];
  });
})();

// "Personalize" links open the panel they point to.
(() => {
  const panel = document.getElementById('personalize');
  if (!(panel instanceof HTMLDetailsElement)) return;
  const open = () => {
    if (location.hash === '#personalize') panel.open = true;
  };
  open();
  window.addEventListener('hashchange', open);
})();

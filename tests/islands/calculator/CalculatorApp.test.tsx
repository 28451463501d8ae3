// The calculator as a reader uses it: bad values get a message on the field and the results say
// which inputs to fix; nothing on screen ever reads NaN, Infinity, undefined or null.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { COMMON_LOCALES } from '../../../src/core/calculator/editable';
import { COMMON_CURRENCIES } from '../../../src/core/calculator/format';
import { getDefaultState } from '../../../src/core/calculator/state';
import { CALCULATOR_HELP } from '../../../src/core/calculator/help';
import { CalculatorApp } from '../../../src/islands/calculator/CalculatorApp';
import { FormulaList } from '../../../src/islands/calculator/FormulaList';
import { YearByYear } from '../../../src/islands/calculator/YearByYear';
import { $calculatorForm } from '../../../src/stores/calculator';
import { formFromState } from '../../../src/stores/calculator-form';

const sources = {
  'jd-power-2010': { author: 'J.D. Power and Associates', title: 'U.S. Retail Banking Satisfaction Study' },
  'sills-43-days': {
    author: 'John Sills',
    title: 'The estimate that a customer spends about 43 days of their life on hold',
  },
};

async function renderCalculator(hash = '') {
  window.location.hash = hash;
  const view = render(<CalculatorApp sources={sources} help={CALCULATOR_HELP} />);
  await screen.findByRole('heading', { name: 'What doing nothing costs' });
  // A link or a saved copy is read by code fetched when there is one; the calculator writes its
  // address once the figures are on screen, so a written address says they are.
  // The first import of that code is transformed on the fly here, which can take seconds on a busy machine.
  await waitFor(
    () => {
      expect(window.location.hash).toMatch(/&imp=[^&]*$|&imp=.*&(fdc|rg)=/);
    },
    { timeout: 10_000 },
  );
  return view;
}

describe('help under the fields', () => {
  it('shows the help the page passes for every field, including the choices and the improvements', async () => {
    await renderCalculator();
    expect(screen.getByLabelText('Customers').getAttribute('aria-describedby')).toContain('-help');
    for (const sentence of Object.values(CALCULATOR_HELP))
      expect(screen.getAllByText(sentence, { exact: false }).length).toBeGreaterThan(0);
  });
});

function expectNoBrokenValues(): void {
  expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined|null/);
}

// Each test starts from the usual figures, so one test's typing never leaks into the next.
beforeEach(() => {
  localStorage.clear();
  $calculatorForm.set(formFromState(getDefaultState()));
});
afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('the calculator', () => {
  it('shows the headline results with the formula beside each', async () => {
    await renderCalculator();
    const cards = screen.getByRole('list', { name: 'Headline results' });
    expect(within(cards).getByText('4,800 hours')).toBeTruthy();
    expect(cards.textContent).toContain(
      '20,000 customers × 3 contacts a year × 60% that wait × 8 minutes ÷ 60 = 4,800 hours',
    );
    expect(cards.textContent).toContain('1,110 customers');
    expect(
      within(cards)
        .getByRole('link', { name: /J.D. Power and Associates/ })
        .getAttribute('href'),
    ).toBe('/sources/#jd-power-2010');
    expectNoBrokenValues();
  });

  it.each([
    ['', 'is empty'],
    ['-5', 'too small'],
    ['abc', 'is not a number'],
    ['1e309', 'is not a number'],
    ['100000000000000000000', 'too large'],
  ])('marks %j in Customers as a problem and lists it instead of results', async (text, problem) => {
    await renderCalculator();
    const field = screen.getByLabelText('Customers');
    fireEvent.input(field, { target: { value: text } });
    await waitFor(() => {
      expect(field.getAttribute('aria-invalid')).toBe('true');
    });
    expect((field as HTMLInputElement).value).toBe(text);
    const message = document.getElementById('calc-customers-error');
    expect(message?.textContent).toContain(problem);
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain('calc-customers-error');
    const fix = await screen.findByRole('heading', { name: 'Fix 1 input to see the results' });
    const link = within(fix.parentElement as HTMLElement).getByRole('link');
    expect(link.getAttribute('href')).toBe('#calc-customers');
    expect(link.textContent).toContain('Customers');
    expect(screen.queryByRole('list', { name: 'Headline results' })).toBeNull();
    expect(screen.queryByRole('table', { name: 'The cost of inaction, year by year' })).toBeNull();
    expectNoBrokenValues();
  });

  it('lists every field that needs fixing, and following a link focuses the field', async () => {
    await renderCalculator();
    fireEvent.input(screen.getByLabelText('Customers'), { target: { value: 'abc' } });
    fireEvent.input(screen.getByLabelText('Years to look ahead'), { target: { value: '21' } });
    fireEvent.input(screen.getByLabelText('Cut waiting by'), { target: { value: '150' } });
    const heading = await screen.findByRole('heading', { name: 'Fix 3 inputs to see the results' });
    const links = within(heading.parentElement as HTMLElement).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#calc-customers',
      '#calc-horizonYears',
      '#calc-waitingReduction',
    ]);
    fireEvent.click(links[1] as HTMLElement);
    expect(document.activeElement).toBe(screen.getByLabelText('Years to look ahead'));
    expectNoBrokenValues();
  });

  it('reads numbers in the chosen format and keeps what was typed', async () => {
    await renderCalculator();
    fireEvent.change(screen.getByLabelText('Number format'), { target: { value: 'fr-FR' } });
    const customers = screen.getByLabelText<HTMLInputElement>('Customers');
    await waitFor(() => {
      expect(customers.value).toBe('20\u202F000');
    });
    fireEvent.input(customers, { target: { value: '1 000' } });
    fireEvent.input(screen.getByLabelText('Contacts per customer per year'), { target: { value: '2,5' } });
    await waitFor(() => {
      expect(screen.getByRole('list', { name: 'Headline results' }).textContent).toMatch(
        /1\s000 customers × 2,5 contacts a year/,
      );
    });
    expect(customers.value).toBe('1 000');
  });

  it('shows the currency the reader chooses', async () => {
    await renderCalculator();
    fireEvent.change(screen.getByLabelText('Currency'), { target: { value: 'GBP' } });
    await waitFor(() => {
      expect(screen.getByRole('list', { name: 'Headline results' }).textContent).toContain('£373,500');
    });
  });

  it('gives the chart a data table with the same year-by-year figures', () => {
    render(<YearByYear />);
    const table = screen.getByRole('table', { name: 'The cost of inaction, year by year' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    expect(rows[0]?.textContent).toContain('€373,500');
    expect(rows[4]?.textContent).toContain('€4,153,814');
  });

  it('writes out every figure with its sum, or says what to fix first', async () => {
    const view = render(<FormulaList />);
    expect(view.container.textContent).toContain('Contacts in a year: 60,000 contacts');
    expect(view.container.textContent).toContain('20,000 customers × 3 contacts a year = 60,000 contacts');
    view.unmount();
    await renderCalculator();
    fireEvent.input(screen.getByLabelText('Customers'), { target: { value: '' } });
    render(<FormulaList />);
    await screen.findByText(/Fix the figures listed/);
    expect(screen.getAllByText(/appears here as you scroll to it/).length).toBeGreaterThan(0);
  });

  it('compares the status quo with the improved scenario', async () => {
    await renderCalculator();
    const table = screen.getByRole('table', { name: /side by side/ });
    const total = within(table).getByRole('row', { name: /Cost of inaction over 5 years/ });
    expect(total.textContent).toContain('€4,153,814');
    expect(total.textContent).toContain('€1,150,144 less');
  });

  it('resets to the usual figures and undoes the reset', async () => {
    await renderCalculator();
    const customers = screen.getByLabelText<HTMLInputElement>('Customers');
    fireEvent.input(customers, { target: { value: '5000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the usual figures' }));
    await waitFor(() => {
      expect(customers.value).toBe('20,000');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => {
      expect(customers.value).toBe('5000');
    });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset to the usual figures' }));
  });

  it('opens a link with its figures, and shows a figure it cannot use as written, with its message', async () => {
    await renderCalculator('#v=1&c=5000&h=abc&cur=USD&lc=en-US');
    expect(screen.getByLabelText<HTMLInputElement>('Customers').value).toBe('5,000');
    // Never a silent substitute: the colleague sees what the link says, and what is wrong with it.
    const horizon = screen.getByLabelText<HTMLInputElement>('Years to look ahead');
    expect(horizon.value).toBe('abc');
    expect(horizon.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('list', { name: 'Headline results' })).toBeNull();
    const notice = screen.getByRole('alert');
    expect(notice.textContent).toContain('Years to look ahead');
    fireEvent.input(horizon, { target: { value: '3' } });
    expect(screen.getByRole('list', { name: 'Headline results' }).textContent).toContain('$');
    fireEvent.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => {
      expect(screen.queryByRole('alert')).toBeNull();
    });
  });

  // The page starts in en-GB, where "12,5" is not a number.
  it.each(['1e309', '12,5', ''])(
    'keeps %j as typed in the address and the saved copy, never the last figure that parsed',
    async (typed) => {
      await renderCalculator();
      const customers = screen.getByLabelText<HTMLInputElement>('Customers');
      fireEvent.input(customers, { target: { value: '1' } });
      fireEvent.input(customers, { target: { value: typed } });
      await waitFor(() => {
        expect(decodeURIComponent(window.location.hash)).toContain(`&c=${typed}&`);
      });
      expect(window.location.hash).not.toContain('&c=1&');
      const saved = JSON.parse(localStorage.getItem('accueil.calculator') ?? '{}') as {
        data?: { drafts?: Record<string, string> };
      };
      expect(saved.data?.drafts).toEqual({ customers: typed });
    },
  );

  it('offers no link while a field needs fixing, and says why', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderCalculator();
    fireEvent.input(screen.getByLabelText('Customers'), { target: { value: '1e309' } });
    const copy = screen.getByRole('button', { name: 'Copy link to these figures' });
    expect(copy.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(copy);
    await waitFor(() => {
      expect(document.querySelector('.calc-status')?.textContent).toContain('Fix the highlighted field before sharing');
    });
    expect(writeText).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('Customers'), { target: { value: '300' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy link to these figures' }));
    await waitFor(() => {
      expect(writeText).toHaveBeenCalledWith(expect.stringContaining('&c=300&'));
    });
  });

  it('keeps the total in view in a bar, or says what to fix first', async () => {
    await renderCalculator();
    const bar = screen.getByRole('complementary', { name: 'Total so far' });
    expect(bar.textContent).toMatch(/€373,500 in the first year, €[\d,]+ over 5 years/);
    fireEvent.input(screen.getByLabelText('Customers'), { target: { value: 'abc' } });
    expect(bar.textContent).toContain('fix 1 input to see it');
  });

  it('writes the figures into the address as the reader types', async () => {
    await renderCalculator();
    fireEvent.input(screen.getByLabelText('Customers'), { target: { value: '777' } });
    await waitFor(() => {
      expect(window.location.hash).toContain('&c=777&');
    });
  });
});

describe('the print summary', () => {
  it('is drawn when the reader prints, with every figure used and the link that reopens them', async () => {
    await renderCalculator();
    // Drawing it on every visit would cost phones time for something most readers never print.
    expect(screen.queryByRole('heading', { name: 'The figures used' })).toBeNull();
    fireEvent(window, new Event('beforeprint'));
    const summary = (await screen.findByRole('heading', { name: 'The figures used' })).closest('section');
    expect(summary?.textContent).toContain('Customers');
    expect(summary?.textContent).toContain('20,000');
    expect(summary?.textContent).toContain('Reopen these figures: http');
    expect(summary?.textContent).toContain('#v=2&');
    expectNoBrokenValues();
  });
});

describe('the currency and number format menus', () => {
  it('take their labels from the page, so opening the calculator costs no lookups of names', async () => {
    const help = {
      ...CALCULATOR_HELP,
      ...Object.fromEntries(COMMON_CURRENCIES.map(({ code }) => [`currency:${code}`, `Page label ${code}`])),
      ...Object.fromEntries(COMMON_LOCALES.map(({ tag }) => [`locale:${tag}`, `Page label ${tag}`])),
    };
    const lookups = vi.spyOn(Intl.DisplayNames.prototype, 'of');
    try {
      render(<CalculatorApp sources={sources} help={help} />);
      await screen.findByRole('heading', { name: 'What doing nothing costs' });
      expect(screen.getByRole('option', { name: 'Page label EUR' })).toBeTruthy();
      expect(screen.getByRole('option', { name: 'Page label fr-FR' })).toBeTruthy();
      expect(lookups).not.toHaveBeenCalled();
    } finally {
      lookups.mockRestore();
    }
  });

  it('name a currency from Intl when the page passes no label for it', async () => {
    await renderCalculator('#v=1&cur=ZAR');
    expect(await screen.findByRole('option', { name: 'South African Rand (ZAR)' })).toBeTruthy();
  });
});

// The two companions: actuals from the reader's own volumes, and the value formula, with the same
// inline validation as the calculator and never a broken number on screen.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { ActualsExplorer } from '../../../src/islands/calculator/ActualsExplorer';
import { ValueFormulaExplorer } from '../../../src/islands/calculator/ValueFormulaExplorer';
import { CompanionLoader } from '../../../src/islands/calculator/CalculatorApp';
import { VALUE_FORMULA_EXAMPLE } from '../../../src/core/calculator/value-example';
import { loadValueScores, setActualsText } from '../../../src/stores/calculator-companions';

afterEach(() => {
  cleanup();
  for (const [key, text] of Object.entries({ contactsPerYear: '60,000', averageWaitMinutes: '5' })) {
    setActualsText(key as 'contactsPerYear', text);
  }
  loadValueScores(VALUE_FORMULA_EXAMPLE);
});

function expectNoBrokenValues(): void {
  expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined|null/);
}

describe('actuals, not averages', () => {
  it('turns the reader’s volumes into human actuals, with the sum behind each', () => {
    render(<ActualsExplorer />);
    const cards = screen.getByRole('list', { name: 'Averages and the actuals behind them' });
    expect(cards.textContent).toContain('60,000 contacts × 5 minutes average wait ÷ 60 = 5,000 hours');
    expect(cards.textContent).toContain('3,000 relationships');
    expectNoBrokenValues();
  });

  it.each(['', '-5', 'abc', '1e309'])('marks %j as a problem and lists it instead of actuals', async (text) => {
    render(<ActualsExplorer />);
    const field = screen.getByLabelText('Contacts per year');
    fireEvent.input(field, { target: { value: text } });
    await waitFor(() => {
      expect(field.getAttribute('aria-invalid')).toBe('true');
    });
    const heading = await screen.findByRole('heading', { name: 'Fix 1 input to see the actuals' });
    const link = within(heading.parentElement as HTMLElement).getByRole('link');
    expect(link.getAttribute('href')).toBe('#actuals-contactsPerYear');
    expect(screen.queryByRole('list', { name: 'Averages and the actuals behind them' })).toBeNull();
    expectNoBrokenValues();
  });
});

describe('the value formula', () => {
  it('starts from the example where a lower price beats better treatment', () => {
    render(<ValueFormulaExplorer />);
    expect(screen.getByText('Likely choice: The alternative')).toBeTruthy();
    expect(document.body.textContent).toContain('Price decides it');
    expect(document.body.textContent).toContain('You treat customers 4 points better, but that is not enough');
    expect(screen.getByRole('row', { name: /Price \(decides it\)/ }).textContent).toContain('The alternative');
    expectNoBrokenValues();
  });

  it('follows the reader’s scores: better treatment can win when prices are equal', async () => {
    render(<ValueFormulaExplorer />);
    fireEvent.input(screen.getByLabelText('Price (the alternative)'), { target: { value: '8' } });
    await screen.findByText('Likely choice: You');
    expect(document.body.textContent).toContain('Treatment decides it');
  });

  it('refuses a treatment score outside −5 to +5 and says which side', async () => {
    render(<ValueFormulaExplorer />);
    const field = screen.getByLabelText('Treatment (you)');
    fireEvent.input(field, { target: { value: '7' } });
    const heading = await screen.findByRole('heading', { name: 'Fix 1 score to see the likely choice' });
    expect(heading.parentElement?.textContent).toContain('Yours');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expectNoBrokenValues();
  });

  it('offers neutral scores, which tie', async () => {
    render(<ValueFormulaExplorer />);
    fireEvent.click(screen.getByRole('button', { name: 'Start from neutral scores' }));
    await screen.findByText('Likely choice: Neither: it is a tie');
  });
});

describe('the companion loader', () => {
  it('says what will appear before the explorer loads, never an empty box', () => {
    render(<CompanionLoader which="actuals" sources={{}} />);
    expect(document.body.textContent).toMatch(/actuals explorer (appears here|could not be loaded)/);
  });
});

// The question stepper: native radio groups, progress, back/next/skip, "don't know" and focus.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { Stepper } from '../../../src/islands/assess/Stepper';
import { setAnswer, type Answers } from '../../../src/core/assessment/answers';
import { sevenTraits } from '../../core/assessment/fixtures';

afterEach(cleanup);

/** Holds answers and step the way a store would, so the Stepper is exercised as a page uses it. */
function Harness({ initial = {}, onFinish }: { initial?: Answers; onFinish?: () => void }) {
  const [answers, setAnswers] = useState<Answers>(initial);
  const [step, setStep] = useState(0);
  return (
    <Stepper
      assessment={sevenTraits}
      answers={answers}
      onAnswer={(itemId, answer) => {
        setAnswers((current) => setAnswer(current, itemId, answer));
      }}
      step={step}
      onStep={setStep}
      {...(onFinish ? { onFinish } : {})}
    />
  );
}

const firstStatement = 'Customers can reach a person without navigating a maze.';

describe('Stepper', () => {
  it('asks each statement as a fieldset of native radios named by the level, with the 1/3/5 cards as help', () => {
    render(<Harness />);
    const group = screen.getByRole('group', { name: firstStatement });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('aria-label'))).toEqual([
      '1',
      '2, in between',
      '3',
      '4, in between',
      '5',
      'Don’t know',
    ]);
    // One name per statement makes it one radio group: arrow keys move within it, Tab leaves it.
    expect(new Set(radios.map((radio) => (radio as HTMLInputElement).name)).size).toBe(1);
    const one = within(group).getByRole('radio', { name: '1' });
    expect(one).toHaveProperty('type', 'radio');
    const help = document.getElementById(one.getAttribute('aria-describedby') ?? '');
    expect(help?.textContent).toBe('Customers struggle with this almost every time.');
    expect(within(group).getByRole('radio', { name: '2, in between' }).getAttribute('aria-describedby')).toBeNull();
  });

  it('selects a level from the keyboard (Space on a focused radio) and shows it checked', () => {
    render(<Harness />);
    const group = screen.getByRole('group', { name: firstStatement });
    const four = within(group).getByRole('radio', { name: '4, in between' });
    four.focus();
    expect(document.activeElement).toBe(four);
    // A browser turns Space on a focused radio into a click; happy-dom does not, so send the click.
    fireEvent.keyDown(four, { key: ' ' });
    fireEvent.click(four);
    expect(four).toHaveProperty('checked', true);
    expect(screen.getByText('1 of 21 statements answered')).toBeTruthy();
  });

  it('counts "don’t know" as answered and lets an answer be cleared again', () => {
    render(<Harness />);
    const group = screen.getByRole('group', { name: firstStatement });
    fireEvent.click(within(group).getByRole('radio', { name: 'Don’t know' }));
    expect(within(group).getByRole('radio', { name: 'Don’t know' })).toHaveProperty('checked', true);
    expect(screen.getByText('1 of 21 statements answered')).toBeTruthy();
    fireEvent.click(within(group).getByRole('button', { name: /clear this answer/i }));
    expect(screen.getByText('0 of 21 statements answered')).toBeTruthy();
    expect(document.activeElement).toBe(within(group).getByRole('radio', { name: '1' }));
  });

  it('shows progress as text and as a named progress element', () => {
    render(<Harness initial={{ 'accessible-1': 3, 'accessible-2': 'dk' }} />);
    expect(screen.getByText('Step 1 of 7')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: '2 of 21 statements answered' });
    expect(bar.getAttribute('max')).toBe('21');
    expect(bar.getAttribute('value')).toBe('2');
  });

  it('skips a step, goes back, and moves focus to the new step heading each time', () => {
    render(<Harness />);
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Skip this step' }));
    expect(screen.getByText('Step 2 of 7')).toBeTruthy();
    const heading = screen.getByRole('heading', { level: 2, name: 'Consistent' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('0 of 21 statements answered')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Accessible' }));
  });

  it('hides Skip once a step is complete and finishes from the last step', () => {
    const onFinish = vi.fn();
    render(<Harness onFinish={onFinish} />);
    for (let step = 0; step < 7; step += 1) {
      for (const group of screen.getAllByRole('group'))
        fireEvent.click(within(group).getByRole('radio', { name: '5' }));
      expect(screen.queryByRole('button', { name: /skip/i })).toBeNull();
      if (step < 6) fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    }
    expect(screen.getByText('Step 7 of 7')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'See my results' }));
    expect(onFinish).toHaveBeenCalledOnce();
  });

  it('clamps a step out of range instead of showing nothing', () => {
    render(<Stepper assessment={sevenTraits} answers={{}} onAnswer={vi.fn()} step={99} onStep={vi.fn()} />);
    expect(screen.getByText('Step 7 of 7')).toBeTruthy();
    // Without onFinish the last step has no forward button.
    expect(screen.queryByRole('button', { name: 'See my results' })).toBeNull();
  });
});

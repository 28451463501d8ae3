// Money: customers who leave over poor service, what they take with them or what replacing them
// costs, and what frontline turnover costs. One year, before the years are added up in series.ts.
import { makeFigure, type Figure, type Formatter } from './figures';
import { CALCULATOR_INPUTS, type CalculatorValues, type NumberInputKey, type SourceId } from './inputs';
import { describeCut, keepShare, type Levers } from './levers';

/** The money figures of one scenario's first year. */
export interface ChurnFigures {
  /** Customers who leave over poor service in a year. */
  customersLost: Figure;
  /** The yearly revenue or margin those customers take with them. */
  valueLost: Figure;
  /** What it costs to win one new customer. */
  acquisitionCostPerCustomer: Figure;
  /** What it would cost to win as many new customers as leave over poor service. */
  replacementCost: Figure;
  /** The customer cost counted in the total: valueLost or replacementCost, as chosen. */
  customerCost: Figure;
  /** A label for customerCost, e.g. "Margin lost". */
  customerCostLabel: string;
  /** Frontline people who leave in a year. */
  staffLeavers: Figure;
  /** What replacing them costs in a year. */
  staffTurnoverCost: Figure;
  /** The cost of inaction in the first year. */
  totalPerYear: Figure;
}

/** Computes one year's cost of customers leaving over poor service and of frontline turnover. */
export function computeChurnFigures(v: CalculatorValues, levers: Levers, f: Formatter): ChurnFigures {
  const serviceCut = levers.serviceChurnReduction;
  const lost = v.customers * (v.annualChurn / 100) * (v.serviceChurnShare / 100) * keepShare(serviceCut);
  const customersLost = makeFigure(
    lost,
    (n) => f.countOf(n, 'customer', 'customers'),
    (s) =>
      `${f.count(v.customers)} customers × ${f.percent(v.annualChurn)} who leave each year × ${f.percent(v.serviceChurnShare)} of them over poor service${describeCut(serviceCut, 'leaving over service', f)} = ${s}`,
    sourceOf(v, 'serviceChurnShare'),
  );
  const valueLost = makeFigure(
    lost * v.valuePerCustomer,
    f.money,
    (s) => `${customersLost.text} × ${f.money(v.valuePerCustomer)} ${v.valueBasis} a year = ${s}`,
  );
  const acquisitionCostPerCustomer =
    v.acquisitionMode === 'amount'
      ? makeFigure(v.acquisitionCost, f.money, (s) => `${s} to win one new customer, as you entered it`)
      : makeFigure(
          v.acquisitionMultiple * v.retentionCost,
          f.money,
          (s) =>
            `${f.number(v.acquisitionMultiple)} × ${f.money(v.retentionCost)} to keep a customer for a year = ${s}`,
          sourceOf(v, 'acquisitionMultiple'),
        );
  const replacementCost = makeFigure(
    lost * acquisitionCostPerCustomer.value,
    f.money,
    (s) => `${customersLost.text} × ${acquisitionCostPerCustomer.text} to win each new one = ${s}`,
  );
  const countsValue = v.lostCustomerView === 'lost-value';
  const customerCostLabel = countsValue
    ? `${v.valueBasis === 'margin' ? 'Margin' : 'Revenue'} lost`
    : 'Cost of replacing lost customers';
  const customerCost = countsValue ? valueLost : replacementCost;

  const staffCut = levers.staffTurnoverReduction;
  const staffLeavers = makeFigure(
    v.headcount * (v.staffTurnover / 100) * keepShare(staffCut),
    (n) => f.countOf(n, 'person', 'people'),
    (s) =>
      `${f.count(v.headcount)} people × ${f.percent(v.staffTurnover)} who leave each year${describeCut(staffCut, 'leaving', f)} = ${s}`,
  );
  const staffTurnoverCost = makeFigure(
    staffLeavers.value * v.replacementCost,
    f.money,
    (s) => `${staffLeavers.text} × ${f.money(v.replacementCost)} to replace each = ${s}`,
  );
  const totalPerYear = makeFigure(
    customerCost.value + staffTurnoverCost.value,
    f.money,
    (s) => `${customerCost.text} ${customerCostLabel.toLowerCase()} + ${staffTurnoverCost.text} staff turnover = ${s}`,
  );
  return {
    customersLost,
    valueLost,
    acquisitionCostPerCustomer,
    replacementCost,
    customerCost,
    customerCostLabel,
    staffLeavers,
    staffTurnoverCost,
    totalPerYear,
  };
}

// A figure cites its source only while it uses the sourced default, not the reader's own figure.
function sourceOf(values: CalculatorValues, key: NumberInputKey): SourceId | undefined {
  const definition = CALCULATOR_INPUTS[key];
  return values[key] === definition.default ? definition.source : undefined;
}

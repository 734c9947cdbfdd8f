import type { Definition } from './schemas/common.ts';
import type { Estimate } from './schemas/estimates.ts';

/**
 * Words for the dataset's enum values, where a reader sees them (figure labels, chart rows,
 * the ledger). The enums stay short for the files; readers get the meaning.
 */
export const DEFINITION_LABELS: Readonly<Record<Definition, string>> = {
  ethnic: 'ethnic self-identification',
  citizens: 'citizens of Azerbaijan',
  bornIn: 'born in Azerbaijan',
  ancestry: 'ancestry',
  resident: 'resident population',
  claim: 'claim, no stated method',
};

export const METHOD_LABELS: Readonly<Record<Estimate['kind'], string>> = {
  census: 'census',
  survey: 'survey',
  estimate: 'estimate',
  migrantStock: 'migrant stock',
};

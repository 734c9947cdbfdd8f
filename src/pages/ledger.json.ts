// The claims-vs-evidence ledger with every figure resolved from the dataset: /ledger.json.
import type { APIRoute } from 'astro';
import { ledger, figure, release, claims, speakers } from '../data/load.ts';
import { claimSpeakerTypes, ledgerRows, STATUS_MEANINGS } from '../data/publish/ledger.ts';

export const GET: APIRoute = () => {
  const body = {
    title: 'Claims vs evidence: official figures on the Azerbaijani diaspora against the counts that test them',
    datasetVersion: release.version,
    licence: 'CC-BY-4.0',
    statuses: STATUS_MEANINGS,
    entries: ledgerRows(ledger, figure, claimSpeakerTypes(claims, speakers)),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};

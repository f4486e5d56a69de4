import type { CommitteeYearInput } from '@styr/shared/contracts/interchange';
import { beforeAll, describe, expect, it } from 'vitest';
import { committeeYearFixture } from '../../../../../test/fixtures/committee-year.ts';
import { createTestApp } from '../../../../../test/harness.ts';
import type { Deps } from '../../deps.ts';
import { exportCommitteeYear } from './export.service.ts';
import { importCommitteeYear } from './import.service.ts';

let deps: Deps;

beforeAll(async () => {
  deps = (await createTestApp()).deps;
});

const system = { source: 'prov.json', actor: null, municipalityId: null };

async function importAndExport(document: CommitteeYearInput) {
  return exportCommitteeYear(deps, await importCommitteeYear(deps, document, system));
}

describe('long texts with tables and footnotes in the open format', () => {
  it('are cleaned on import as every long text is, and read back the same through export and import', async () => {
    const document = committeeYearFixture({ name: `Provkommun ${crypto.randomUUID().slice(0, 8)}` });
    // Not adopted, so that the exported file can be imported over it again.
    document.documents = [{ document: 'plan', status: 'draft' }];
    const [assessment] = document.assessments ?? [];
    if (!assessment) throw new Error('the fixture has an assessment');
    assessment.analysis =
      '<p>Kostnaden ökade<span data-footnote="" onclick="alert(1)" style="color:red">Enligt <em>bokslutet</em>.<script>alert(2)</script></span>.</p>' +
      '<table style="width:100%"><colgroup><col></colgroup><tbody><tr><th colspan="2" onmouseover="alert(3)">År</th><th>Kronor</th></tr>' +
      '<tr><td>2022<img src="x" onerror="alert(4)"></td><td><p>9,42</p><style>td{}</style></td></tr></tbody></table>';
    const first = await importAndExport(document);
    expect(first.assessments?.[0]?.analysis).toBe(
      '<p>Kostnaden ökade<span data-footnote>Enligt <em>bokslutet</em>.</span>.</p>' +
        '<table><tbody><tr><th>År</th><th>Kronor</th></tr><tr><td>2022</td><td><p>9,42</p></td></tr></tbody></table>',
    );
    const second = await importAndExport(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });
});

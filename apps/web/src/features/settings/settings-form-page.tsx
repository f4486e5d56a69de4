import type { ComponentType } from 'react';
import { Link } from 'react-router';
import type { Settings } from '../../api/settings-api.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { useMe } from '../auth/index.ts';
import { RisksForm } from './risks-form.tsx';
import { ScalesForm } from './scales-form.tsx';
import { StatementsForm } from './statements-form.tsx';
import { useSettings } from './use-settings.ts';
import '../../styles/settings.css';

/** One part of the settings on a page of its own, edited as a copy of the whole file and saved with it. */
function SettingsFormPage({
  title,
  lead,
  Form,
}: {
  title: string;
  lead: string;
  Form: ComponentType<{ settings: Settings }>;
}) {
  const me = useMe();
  const municipalityId = me.user.municipalityId;
  const settings = useSettings(municipalityId);
  const data = settings.data;
  return (
    <>
      <nav aria-label="Du är här" className="breadcrumbs">
        <ol>
          <li>
            <Link to="/admin/installningar">Kommunens inställningar</Link>
          </li>
          <li>
            <span aria-current="page">{title}</span>
          </li>
        </ol>
      </nav>
      <PageHeader title={title} kicker={`Administration · ${me.municipality.name}`}>
        <p className="page-lead">{lead}</p>
      </PageHeader>
      {settings.isPending && <Loading />}
      {settings.isError && <QueryError error={settings.error} onRetry={() => settings.refetch()} />}
      {data && <Form settings={data} />}
    </>
  );
}

export function ScalesPage() {
  return (
    <SettingsFormPage
      title="Bedömningsskalor"
      lead="Skalorna som mål bedöms med vid uppföljningarna. En ändrad skala gäller inte för rapporter som redan är fastställda."
      Form={ScalesForm}
    />
  );
}

export function RisksPage() {
  return (
    <SettingsFormPage
      title="Riskområden och riskskala"
      lead="Riskområdena som risker sorteras under, och stegen för sannolikhet och konsekvens som ger riskmatrisen."
      Form={RisksForm}
    />
  );
}

export function StatementsPage() {
  return (
    <SettingsFormPage
      title="Resultaträkningar"
      lead="Kommunens resultaträkningar med sina rader. En rad med delar räknas fram ur dem."
      Form={StatementsForm}
    />
  );
}

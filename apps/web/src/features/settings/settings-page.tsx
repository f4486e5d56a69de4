import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header.tsx';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { useMe } from '../auth/index.ts';
import { SettingsFileSection } from './settings-file-section.tsx';
import { NumberStyleForm } from './settings-frame-forms.tsx';
import { SettingsLabelsForm } from './settings-labels-form.tsx';
import { LogoForm } from './settings-logo-form.tsx';
import { SettingsNamesForm } from './settings-names-form.tsx';
import { SettingsTables } from './settings-tables.tsx';
import { useSettings } from './use-settings.ts';
import '../../styles/settings.css';

/** The administrator's view of the settings every committee shares, with their names editable and the whole file. */
export function SettingsPage() {
  const me = useMe();
  const municipalityId = me.user.municipalityId;
  const settings = useSettings(municipalityId);
  const data = settings.data;
  return (
    <>
      <PageHeader title="Kommunens inställningar" kicker={`Administration · ${me.municipality.name}`}>
        <p className="page-lead">
          Inställningarna gäller för alla nämnder i kommunen: vad typerna av enheter heter,
          uppföljningstillfällen, bedömningsskalor, risker och resultaträkningar.
        </p>
      </PageHeader>
      {settings.isPending && <Loading />}
      {settings.isError && <QueryError error={settings.error} onRetry={() => settings.refetch()} />}
      {data && (
        <>
          <nav aria-labelledby="andra-installningar" className="section">
            <h2 id="andra-installningar">Ändra inställningarna</h2>
            <ul className="settings-links">
              <li>
                <Link to="/admin/installningar/skalor">Bedömningsskalor</Link>: skalor, nivåer och vid vilka
                uppföljningar de används
              </li>
              <li>
                <Link to="/admin/installningar/risker">Riskområden och riskskala</Link>: områden, sannolikhet
                och konsekvens
              </li>
              <li>
                <Link to="/admin/installningar/resultatrakningar">Resultaträkningar</Link>: tabeller och rader
              </li>
            </ul>
          </nav>
          <SettingsTables file={data.file} />
          <section aria-labelledby="andra-namn" className="section">
            <h2 id="andra-namn">Ändra namn</h2>
            <p className="page-lead">
              Namnen syns överallt i Styr, för alla nämnder och år. Skalor, risker och resultaträkningar
              ändrar du på sidorna ovan, orden i dokumenten nedan och allt annat i inställningsfilen.
            </p>
            <SettingsNamesForm settings={data} />
          </section>
          <section aria-labelledby="ord" className="section">
            <h2 id="ord">Ord i dokumenten</h2>
            <p className="page-lead">
              Orden som dokumenten och sidorna skriver runt kommunens uppgifter, till exempel vad målens typer
              heter. Ett tomt fält ger standardordet.
            </p>
            <SettingsLabelsForm settings={data} />
          </section>
          <section aria-labelledby="tal-och-logotyp" className="section">
            <h2 id="tal-och-logotyp">Tal och logotyp i dokumenten</h2>
            <p className="page-lead">
              Hur dokumenten skriver negativa tal och tusental, och logotypen som en malls titelsida kan visa.
            </p>
            <NumberStyleForm settings={data} />
            <h3>Logotyp</h3>
            <LogoForm municipalityId={municipalityId} />
          </section>
          <SettingsFileSection settings={data} />
        </>
      )}
    </>
  );
}

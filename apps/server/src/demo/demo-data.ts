import type { Role } from '@styr/shared/contracts/auth';
import type { OrgNodeKind } from '@styr/shared/contracts/org';

/** Organisation names follow the reference documents of Göteborg's social committees. */
export interface DemoNode {
  key: string;
  kind: OrgNodeKind;
  name: string;
  shortName?: string;
  validFrom: string;
  children?: DemoNode[];
}

const reformed = '2021-01-01';

const unit = (key: string, name: string, validFrom = reformed): DemoNode => ({
  key,
  kind: 'unit',
  name,
  validFrom,
});
const department = (
  key: string,
  name: string,
  children: DemoNode[] = [],
  shortName?: string,
  validFrom = reformed,
): DemoNode => ({
  key,
  kind: 'department',
  name,
  validFrom,
  children,
  ...(shortName && { shortName }),
});

export const demoOrganisation: DemoNode[] = [
  {
    key: 'nordost',
    kind: 'committee',
    name: 'Socialnämnden Nordost',
    shortName: 'SN Nordost',
    validFrom: reformed,
    children: [
      {
        key: 'sf-nordost',
        kind: 'administration',
        name: 'Socialförvaltningen Nordost',
        shortName: 'SF Nordost',
        validFrom: reformed,
        children: [
          department('no-buo', 'Barn och unga myndighet'),
          department('no-for', 'Familjehem och resurs', [], 'FoR'),
          department('no-fs', 'Försörjningsstöd', [unit('no-fut', 'FUT-teamet')]),
          department('no-vuxen', 'Vuxen'),
          department('no-svf', 'Stadsområde välfärd och fritid', [], 'SVF'),
          department('no-digi', 'Integrerad digitalisering', [], undefined, '2023-01-01'),
          department('no-stab', 'Stab'),
        ],
      },
    ],
  },
  {
    key: 'hisingen',
    kind: 'committee',
    name: 'Socialnämnden Hisingen',
    shortName: 'SN Hisingen',
    validFrom: reformed,
    children: [
      {
        key: 'sf-hisingen',
        kind: 'administration',
        name: 'Socialförvaltningen Hisingen',
        shortName: 'SF Hisingen',
        validFrom: reformed,
        children: [
          department('hi-buo-myndighet', 'Barn och unga myndighet', [
            unit('hi-mottagning', 'Mottagningsenheten'),
          ]),
          department('hi-buo-resurs', 'Barn och unga resurs'),
          department('hi-fs', 'Försörjningsstöd'),
          department('hi-vuxen', 'Vuxen och psykologenheten', [unit('hi-psykolog', 'Psykologenheten')]),
          department('hi-svf', 'Stadsområde välfärd och fritid', [], 'SVF'),
          department('hi-stod', 'Stödfunktioner', [], 'Stab'),
        ],
      },
    ],
  },
];

export const demoPassword = 'styr-demo-2026';

export interface DemoAccount {
  email: string;
  displayName: string;
  grants: { role: Role; nodeKey: string | null }[];
  description: string;
}

export const demoAccounts: DemoAccount[] = [
  {
    email: 'admin@goteborg.example',
    displayName: 'Anna Administratör',
    grants: [{ role: 'admin', nodeKey: null }],
    description: 'administratör för hela kommunen',
  },
  {
    email: 'controller@goteborg.example',
    displayName: 'Carl Controller',
    grants: [
      { role: 'controller', nodeKey: 'nordost' },
      { role: 'controller', nodeKey: 'hisingen' },
    ],
    description: 'controller för Socialnämnden Nordost och Socialnämnden Hisingen',
  },
  {
    email: 'rapportor@goteborg.example',
    displayName: 'Rut Rapportör',
    grants: [{ role: 'reporter', nodeKey: 'hi-mottagning' }],
    description: 'rapportör för Mottagningsenheten, Socialnämnden Hisingen',
  },
  {
    email: 'lasare@goteborg.example',
    displayName: 'Lars Läsare',
    grants: [{ role: 'reader', nodeKey: null }],
    description: 'läsare i hela kommunen',
  },
  {
    email: 'ledamot@goteborg.example',
    displayName: 'Nora Nämndledamot',
    grants: [{ role: 'member', nodeKey: 'hisingen' }],
    description: 'nämndledamot i Socialnämnden Hisingen',
  },
  {
    email: 'revisor@goteborg.example',
    displayName: 'Rebecka Revisor',
    grants: [{ role: 'auditor', nodeKey: null }],
    description: 'revisor i hela kommunen: läser allt och ändringsloggen, ändrar inget',
  },
];

/** Plans and reports from the reference documents, in the open format, oldest first. */
export const demoCommitteeYears = ['hisingen-2022.json', 'nordost-2023.json', 'hisingen-2024.json'];

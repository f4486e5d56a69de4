import type { Tenant } from './harness.ts';
import type { ApiTarget, Json } from './hostile-api-target.ts';

/** The municipality's own write routes: its settings, the organisation and the people. */
export function organisationTargets(
  get: (url: string) => Promise<Json>,
  m: string,
  tenant: Tenant,
): ApiTarget[] {
  return [
    {
      name: 'kommunen',
      method: 'PATCH',
      as: 'admin',
      prepare: async () => ({ url: m, body: { version: (await get(m)).version, shortName: 'Test' } }),
    },
    {
      name: 'ny organisationsenhet',
      method: 'POST',
      as: 'admin',
      prepare: async () => ({
        url: `${m}/org-nodes`,
        body: { parentId: tenant.nodes.department, kind: 'unit', name: 'Ny enhet', validFrom: '2024-01-01' },
      }),
    },
    {
      name: 'organisationsenhet',
      method: 'PATCH',
      as: 'admin',
      prepare: async () => {
        const url = `${m}/org-nodes/${tenant.nodes.department}`;
        return { url, body: { version: (await get(url)).version, shortName: 'BoU', sortOrder: 1 } };
      },
      plainText: ['shortName'],
      read: async (url, field) => (await get(url))[field],
    },
    {
      name: 'ny användare',
      method: 'POST',
      as: 'admin',
      prepare: async () => ({
        url: `${m}/users`,
        body: { email: 'fientlig@test.example', displayName: 'Ny', password: 'ett-langt-testlosenord' },
      }),
    },
    {
      name: 'användare',
      method: 'PATCH',
      as: 'admin',
      prepare: async () => {
        const users = (await get(`${m}/users`)) as unknown as Json[];
        const user = users.find((entry) => entry.id === tenant.users.none.id) as Json;
        return { url: `${m}/users/${user.id}`, body: { version: user.version, displayName: 'Utan roll' } };
      },
    },
  ];
}

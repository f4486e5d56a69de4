import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useApi } from '../../../api/api-context.tsx';
import { ConfirmDialog } from '../../../components/dialogs.tsx';
import { useMe } from '../../auth/index.ts';
import type { Removable } from './removables.ts';
import { removalSentence } from './structure-order.ts';
import { type StructureTarget, useStructureWrite } from './use-structure-write.ts';

/**
 * "Ta bort" with a confirmation that first asks the server what goes with the object (for goals and goal
 * areas), so the person knows what they remove before they do.
 */
export function RemovalButton({
  target,
  removal: { name, title, subject, counts, remove, removedMessage },
  onDone,
}: {
  target: StructureTarget;
  removal: Removable;
  onDone: (message: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  const scope = { municipalityId, ...target };
  const removal = useQuery({
    queryKey: ['removal', scope, title, name],
    queryFn: () => (counts ? counts(api, scope) : null),
    enabled: open && counts !== undefined,
    gcTime: 0,
  });
  const write = useStructureWrite(target, (client, writeScope, _body: null) => remove(client, writeScope));
  return (
    <>
      <Button
        className="button button-small button-secondary"
        onPress={() => setOpen(true)}
        aria-label={`Ta bort ${name}`}
      >
        Ta bort
      </Button>
      <ConfirmDialog
        isOpen={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) write.reset();
        }}
        title={title}
        confirmLabel="Ta bort"
        pendingLabel="Tar bort …"
        isPending={write.isPending}
        error={write.error ?? removal.error}
        onConfirm={() =>
          write.mutate(null, {
            onSuccess: () => {
              setOpen(false);
              onDone(removedMessage);
            },
          })
        }
      >
        <p>
          <strong>{name}</strong> tas bort ur planen.
        </p>
        {subject && (
          <p aria-live="polite">
            {removal.data ? removalSentence(subject, removal.data) : 'Räknar vad som hör till …'}
          </p>
        )}
      </ConfirmDialog>
    </>
  );
}

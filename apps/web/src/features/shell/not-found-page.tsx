import { MissingPage } from '../../components/query-state.tsx';

export function NotFoundPage() {
  return <MissingPage />;
}

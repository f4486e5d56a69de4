import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library unmounts after each test by itself only where the test functions are globals; here they are
// imported, so each component test starts from an empty document this way.
afterEach(cleanup);

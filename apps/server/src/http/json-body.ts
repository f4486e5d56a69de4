import { findNulCharacter } from '@styr/shared/domain/text-safety';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON bodies as Fastify reads them (prototype poisoning refused), but strict about what can be stored: bytes
 * that are not UTF-8 are refused rather than silently replaced, which would garble a file saved as Latin-1,
 * and a NUL character is refused with its path, since PostgreSQL cannot store it.
 */
export function registerJsonBodyParser(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body as Buffer);
    } catch {
      done(
        new AppError(
          'VALIDATION',
          'Begäran är inte giltig UTF-8-text. Spara filen som UTF-8 och försök igen.',
        ),
        undefined,
      );
      return;
    }
    parseJson(request, text, (error, value) => {
      if (error) return done(error, undefined);
      const nul = text.includes('\\u0000') ? findNulCharacter(value) : null;
      if (nul !== null) {
        const path = `body${nul === '' || nul.startsWith('[') ? '' : '.'}${nul}`;
        return done(
          new AppError('VALIDATION', 'Texten innehåller ett NUL-tecken (\\u0000), som inte kan sparas.', {
            details: [{ path, message: 'Tecknet \\u0000 får inte förekomma i text' }],
          }),
          undefined,
        );
      }
      done(null, value);
    });
  });
}

import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { NumberStyleForm } from './settings-frame-forms.tsx';
import { LogoForm } from './settings-logo-form.tsx';
import { file, id, version } from './settings-test-data.ts';
import { renderChanging, renderWithApi } from './settings-test-render.tsx';

describe('the number style on the settings page', () => {
  it('shows how figures print and saves the file with the chosen style, the default left out', async () => {
    const putSettings = renderChanging(NumberStyleForm, ['numberStyle']);
    expect(screen.getByText('Så skrivs talen: \u22121 234,5')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Bindestreck (-)' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Inget mellanrum' }));
    expect(screen.getByText('Så skrivs talen: -1234,5')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Spara talformatet' }));
    expect(await screen.findByText('Talformatet är sparat.')).toBeTruthy();
    expect(putSettings).toHaveBeenCalledWith(
      id(2),
      { version, file: { ...file, numberStyle: { minus: 'hyphen', thousands: 'none' } } },
      false,
    );
    // Back to the default style: the file has none, as one that never chose.
    fireEvent.click(screen.getByRole('radio', { name: 'Minustecken (−)' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Mellanslag mellan tusental' }));
    fireEvent.click(screen.getByRole('button', { name: 'Spara talformatet' }));
    await vi.waitFor(() => expect(putSettings).toHaveBeenCalledTimes(2));
    expect(putSettings.mock.lastCall?.[1].file).not.toHaveProperty('numberStyle');
  });
});

describe('the logo on the settings page', () => {
  const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'vapen.png', { type: 'image/png' });

  it('asks for an image before a first logo is saved, then sends it with what it shows', async () => {
    const setLogo = vi.fn(async () => ({ image: 'iVBORw==', alt: 'Kommunens vapen', version: 1 }));
    renderWithApi({ documents: { getLogo: async () => null, setLogo } }, <LogoForm municipalityId={id(2)} />);
    fireEvent.change(await screen.findByLabelText('Vad logotypen visar'), {
      target: { value: 'Kommunens vapen' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Spara logotypen' }));
    expect(await screen.findByText('Välj en PNG-bild')).toBeTruthy();
    expect(setLogo).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Bild (PNG, högst 512 kB)'), { target: { files: [png] } });
    await vi.waitFor(() => expect(screen.queryByText('Välj en PNG-bild')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Spara logotypen' }));
    expect(await screen.findByText('Logotypen är sparad.')).toBeTruthy();
    expect(setLogo).toHaveBeenCalledWith(id(2), { version: null, image: 'iVBORw==', alt: 'Kommunens vapen' });
  });
});

import { fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SideMenuButton, sideMenuId } from './side-menu-button.tsx';
import { useSideMenu } from './use-side-menu.ts';

function Shell() {
  const menu = useSideMenu();
  return (
    <>
      <SideMenuButton menu={menu} />
      <div id={sideMenuId} ref={menu.panelRef} hidden={!menu.open}>
        <Link to="/dokument">Dokument</Link>
      </div>
    </>
  );
}

const renderShell = () =>
  render(
    <RouterProvider
      router={createMemoryRouter([{ path: '*', element: <Shell /> }], { initialEntries: ['/oversikt'] })}
    />,
  );

describe('the menu button of a narrow screen', () => {
  it('opens the sidebar it controls and moves focus into it', () => {
    renderShell();
    const button = screen.getByRole('button', { name: 'Meny' });
    expect(button.getAttribute('aria-controls')).toBe(sideMenuId);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Dokument' }));
  });

  it('closes on Escape and gives focus back to the button', () => {
    renderShell();
    const button = screen.getByRole('button', { name: 'Meny' });
    fireEvent.click(button);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('closes when a link in it is followed, so the new page is read first', async () => {
    renderShell();
    const button = screen.getByRole('button', { name: 'Meny' });
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('link', { name: 'Dokument', hidden: true }));
    await screen.findByRole('button', { name: 'Meny', expanded: false });
  });
});

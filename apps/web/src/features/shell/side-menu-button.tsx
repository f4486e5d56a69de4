import type { SideMenu } from './use-side-menu.ts';

export const sideMenuId = 'sidomeny';

/** Opens and closes the sidebar on a narrow screen; hidden by layout.css where the sidebar always shows. */
export function SideMenuButton({ menu }: { menu: SideMenu }) {
  return (
    <button
      ref={menu.buttonRef}
      type="button"
      className="button button-topbar side-menu-button"
      aria-expanded={menu.open}
      aria-controls={sideMenuId}
      onClick={menu.toggle}
    >
      <span aria-hidden="true" className="side-menu-icon">
        {menu.open ? '✕' : '☰'}
      </span>
      Meny
    </button>
  );
}

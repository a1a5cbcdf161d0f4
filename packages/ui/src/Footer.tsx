import type { ReactNode } from "react";

export interface FooterLink {
  href: string;
  label: string;
}

export interface FooterProps {
  /** Names the footer's link list, read out by screen readers. */
  linksLabel?: string;
  links?: readonly FooterLink[];
  children?: ReactNode;
}

export function Footer({ linksLabel = "Support links", links = [], children }: FooterProps) {
  return (
    <footer className="cetr-footer">
      <div className="cetr-width-container cetr-footer__container">
        {children}
        {links.length > 0 ? (
          <nav aria-label={linksLabel}>
            <ul className="cetr-footer__links">
              {links.map((link) => (
                <li key={link.href}>
                  <a href={link.href} className="cetr-footer__link">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </footer>
  );
}

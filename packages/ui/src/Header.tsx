import type { ReactNode } from "react";
import { cx } from "./cx.js";

export interface NavigationItem {
  href: string;
  label: string;
  isCurrent?: boolean;
}

export interface HeaderProps {
  serviceName: string;
  homeHref?: string;
  navigation?: readonly NavigationItem[];
  /** Names the `<nav>` landmark; needed because pages may have more than one. */
  navigationLabel?: string;
  /** Rendered inside the banner landmark, under the blue bar: e.g. the easy-read switch. */
  children?: ReactNode;
}

/**
 * Plain links, not a menu button: a short list wraps onto the next line at
 * 320 px and needs no JavaScript to open.
 */
export function Header({
  serviceName,
  homeHref = "/",
  navigation = [],
  navigationLabel = "Menu",
  children,
}: HeaderProps) {
  return (
    <header className="cetr-header">
      <div className="cetr-header__bar">
        <div className="cetr-width-container cetr-header__container">
          <a href={homeHref} className="cetr-header__service">
            <svg
              className="cetr-header__mark"
              viewBox="0 0 40 40"
              width="40"
              height="40"
              aria-hidden="true"
              focusable="false"
            >
              <rect x="1" y="1" width="38" height="38" rx="8" fill="#fff" />
              <circle cx="14" cy="15" r="5" fill="#005eb8" />
              <circle cx="26" cy="15" r="5" fill="#005eb8" />
              <path d="M6 33c0-6 4-10 8-10s8 4 8 10M18 33c0-6 4-10 8-10s8 4 8 10" fill="#005eb8" />
            </svg>
            <span>{serviceName}</span>
          </a>
          {navigation.length > 0 ? (
            <nav aria-label={navigationLabel} className="cetr-header__nav">
              <ul className="cetr-header__nav-list">
                {navigation.map((item) => (
                  <li key={item.href}>
                    <a
                      href={item.href}
                      className={cx(
                        "cetr-header__nav-link",
                        item.isCurrent && "cetr-header__nav-link--current",
                      )}
                      aria-current={item.isCurrent ? "page" : undefined}
                    >
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </div>
      </div>
      {children ? (
        <div className="cetr-header__options">
          <div className="cetr-width-container">{children}</div>
        </div>
      ) : null}
    </header>
  );
}

import { type ReactNode, useEffect, useState } from "react";

/**
 * "Print this page": a button that needs JavaScript, so it appears only once
 * the page has hydrated. Without JavaScript the page's own instructions (the
 * browser's Print option) do the same; a button that did nothing would not.
 */
export function PrintButton({ children }: { children: ReactNode }) {
  const [canPrint, setCanPrint] = useState(false);
  useEffect(() => setCanPrint(true), []);
  if (!canPrint) return null;
  return (
    <button
      type="button"
      className="cetr-button cetr-button--secondary cetr-no-print"
      onClick={() => window.print()}
    >
      {children}
    </button>
  );
}
